"""What to do about an item on the call list, by its kind and the client's tier.

The default when the lead-time rules (reminders/leads.py) give no suggestion of their own.
Small, timely, meaningful care: the warmer the tie, the more personal the touch.
"""

from __future__ import annotations

from reminders.tiers import Tier

# Per occasion: one text per tier, passer-by .. confidant; Chinese then English.
_ZH: dict[str, tuple[str, str, str, str]] = {
    "birthday": (
        "发一条生日祝福短信",
        "打电话或发微信祝福",
        "打电话祝福，寄一张贺卡或小礼物",
        "上午亲自打电话，送一束花或一个蛋糕",
    ),
    "milestone_birthday": (
        "发短信祝寿",
        "打电话祝寿",
        "打电话祝寿，送一份寿礼（心意为主，不必贵重）",
        "登门祝寿，送一份寿礼（心意为主，不必贵重）",
    ),
    "family_birthday": (
        "发短信请代为祝福",
        "发微信祝福家人",
        "打电话祝福，可送一份小礼物给家人",
        "打电话祝福，为家人准备一份小礼物",
    ),
    "festival": (
        "发一条节日祝福短信",
        "发微信节日祝福",
        "打电话问候，顺便问问产品用得怎么样",
        "登门拜访，送一份节日小礼",
    ),
    "remembrance": ("不宜道贺，无需联系", "不宜道贺，无需联系", "不宜道贺；可表示关心", "不宜道贺；可表示关心"),
    "full_month": ("发短信道喜", "发微信道喜", "打电话道喜，送一份满月小礼", "登门道喜，送一份满月红包或小礼"),
    "hundred_days": ("发短信道喜", "发微信道喜", "打电话道喜，送一份小礼", "登门道喜，送一份百日小礼"),
    "wedding": ("发短信道贺", "打电话道贺", "打电话道贺，送一份贺礼", "出席婚礼或登门道贺，送上贺礼"),
    "funeral": ("发短信慰问", "打电话慰问", "打电话慰问，需要时登门吊唁", "登门吊唁慰问，问问需要什么帮忙"),
    "zhongkao": (
        "发短信祝孩子考试顺利",
        "发微信为孩子加油",
        "送一套中考模拟试卷，表达关心",
        "送一套中考模拟试卷或文具，打电话为孩子加油",
    ),
    "gaokao": (
        "发短信祝孩子考试顺利",
        "发微信为孩子加油",
        "送一套高考模拟试卷，表达关心",
        "送一套高考模拟试卷或文具，打电话为孩子加油",
    ),
    "moving": ("发短信恭贺乔迁", "打电话恭贺乔迁", "送一盆绿植，恭贺乔迁", "登门恭贺乔迁，送一盆绿植"),
    "opening": ("发短信恭贺开业", "打电话恭贺开业", "送一个花篮，恭贺开业", "到场祝贺，送一个花篮"),
    "custom": ("发短信问候", "发微信问候", "打电话问候，说说这些年的合作", "打电话或登门，感谢多年的信任"),
    "followup": ("按约定跟进", "按约定打电话跟进", "打电话跟进，顺便问候近况", "亲自跟进，顺便约个时间见面"),
    "cadence": (
        "发短信问候，保持联系",
        "好久没联系：打个电话问候近况",
        "好久没联系：打电话问候，问问产品用得怎么样",
        "好久没联系：约个时间见面喝茶",
    ),
    "complaint": (
        "回访投诉：告知处理结果，请客户继续监督",
        "回访投诉：告知处理结果，请客户继续监督",
        "打电话回访投诉处理结果，听取意见",
        "登门或打电话回访，确认问题已彻底解决",
    ),
    "overdue": ("补发问候", "补上问候，说明迟到的原因", "尽快打电话补上问候", "今天一定打电话补上问候"),
    "default": ("发短信问候", "发微信问候", "打电话问候", "打电话或登门问候"),
}

_EN: dict[str, tuple[str, str, str, str]] = {
    "birthday": (
        "Send a birthday text",
        "Call or send a WeChat message",
        "Call, and send a card or a small gift",
        "Call in the morning; send flowers or a cake",
    ),
    "milestone_birthday": (
        "Send a birthday text",
        "Call to congratulate",
        "Call, and send a small, meaningful gift",
        "Visit in person with a small, meaningful gift",
    ),
    "family_birthday": (
        "Send a text with your wishes",
        "Send wishes on WeChat",
        "Call; a small gift for the family member",
        "Call; prepare a small gift for the family member",
    ),
    "festival": (
        "Send a festival text",
        "Send festival wishes on WeChat",
        "Call to greet; ask how the product is working",
        "Visit with a small festival gift",
    ),
    "remembrance": (
        "No greeting today",
        "No greeting today",
        "No greeting; show you care",
        "No greeting; show you care",
    ),
    "full_month": ("Send a text", "Send congratulations on WeChat", "Call; a small gift", "Visit with a red envelope"),
    "hundred_days": ("Send a text", "Send congratulations on WeChat", "Call; a small gift", "Visit with a small gift"),
    "wedding": ("Send a text", "Call to congratulate", "Call and send a gift", "Attend or visit with a gift"),
    "funeral": (
        "Send condolences",
        "Call to offer condolences",
        "Call; visit if welcome",
        "Visit; ask how you can help",
    ),
    "zhongkao": (
        "Text good wishes for the exam",
        "Cheer the child on WeChat",
        "Send a book of practice papers",
        "Send practice papers or stationery; call to cheer",
    ),
    "gaokao": (
        "Text good wishes for the exam",
        "Cheer the child on WeChat",
        "Send a book of practice papers",
        "Send practice papers or stationery; call to cheer",
    ),
    "moving": ("Send a text", "Call to congratulate", "Send a potted plant", "Visit with a potted plant"),
    "opening": ("Send a text", "Call to congratulate", "Send a flower basket", "Attend with a flower basket"),
    "custom": ("Send a text", "Send a WeChat message", "Call to mark the day", "Call or visit to thank them"),
    "followup": (
        "Follow up as agreed",
        "Call to follow up",
        "Call to follow up and catch up",
        "Follow up; set a meeting",
    ),
    "cadence": (
        "Send a text to keep in touch",
        "Long silence: call to catch up",
        "Long silence: call; ask about the product",
        "Long silence: meet for tea",
    ),
    "complaint": (
        "Report the fix; ask them to keep an eye on it",
        "Report the fix; ask them to keep an eye on it",
        "Call about the fix; listen to feedback",
        "Call or visit; make sure it is fully fixed",
    ),
    "overdue": ("Send belated wishes", "Send belated wishes", "Call today to catch up", "Call today without fail"),
    "default": ("Send a text", "Send a WeChat message", "Call to greet", "Call or visit"),
}


def suggested_action(key: str, tier: Tier, lang: str = "zh", *, overdue: bool = False) -> str:
    """The default action for a template key (see `reminders.greetings.occasion_key`) and tier."""
    table = _EN if lang.lower().startswith("en") else _ZH
    if overdue:
        key = "overdue"
    row = table.get(key)
    if row is None:
        row = table["festival"] if _is_festival(key) else table["default"]
    return row[int(tier)]


def _is_festival(key: str) -> bool:
    from reminders.festivals import FESTIVALS_BY_KEY

    return key in FESTIVALS_BY_KEY
