"""Suggested greetings: templates per occasion and tier, with placeholders, and their defaults.

Plain data and one render function. A template may use {address} (the form of address,
王总, 李姐 ..., else the name), {name}, {occasion} and {person} (the family member concerned);
the Chinese aliases {称呼}, {姓名}, {场合} and {家人} mean the same. Anything else in braces
is left as written. Stored overrides look like `{"zh": {"birthday": {"friend": "..."}}}`;
what is not overridden falls back to the defaults below.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from reminders.festivals import FESTIVALS_BY_KEY
from reminders.tiers import Tier

#: Placeholders a template may use, with their Chinese aliases.
PLACEHOLDERS = {"address": "称呼", "name": "姓名", "occasion": "场合", "person": "家人"}
_ALIASES = {alias: key for key, alias in PLACEHOLDERS.items()}
_PATTERN = re.compile(r"\{([^{}]+)\}")

#: Template languages: Chinese for every Chinese interface, English for the English one.
LANGUAGES = ("zh", "en")

#: Occasions that have their own templates, in the order the settings page lists them.
OCCASIONS = (
    "birthday",
    "milestone_birthday",
    "family_birthday",
    "spring_festival",
    "lantern",
    "dragon_boat",
    "mid_autumn",
    "double_ninth",
    "new_years_eve",
    "new_year",
    "national_day",
    "mothers_day",
    "fathers_day",
    "womens_day",
    "teachers_day",
    "childrens_day",
    "festival",
    "full_month",
    "hundred_days",
    "wedding",
    "funeral",
    "zhongkao",
    "gaokao",
    "moving",
    "opening",
    "custom",
    "followup",
    "cadence",
    "complaint",
    "default",
)

_CLOSE = (Tier.FRIEND, Tier.CONFIDANT)

# (formal for passers-by and acquaintances, warm for friends and confidants)
_ZH: dict[str, tuple[str, str]] = {
    "birthday": (
        "{address}，祝您生日快乐，身体健康，万事顺意！",
        "{address}，生日快乐！祝您身体棒棒，心想事成，改天一起喝茶。",
    ),
    "milestone_birthday": (
        "{address}，恭祝您福如东海、寿比南山！",
        "{address}，大寿之喜！祝您福寿安康，阖家幸福，我一定登门道贺。",
    ),
    "family_birthday": (
        "{address}，祝{person}生日快乐，健康平安！",
        "{address}，今天是{person}的生日，替我祝他/她生日快乐，快快乐乐每一天！",
    ),
    "spring_festival": (
        "{address}，新春快乐！感谢您一年来的支持，祝您新年大吉，生意兴隆！",
        "{address}，过年好！一年来多亏您关照，祝您和家人新春快乐，万事如意！",
    ),
    "lantern": ("{address}，元宵节快乐，阖家团圆！", "{address}，元宵节快乐！记得吃汤圆，团团圆圆，甜甜蜜蜜。"),
    "dragon_boat": ("{address}，端午安康！", "{address}，端午安康！粽子备好了吗？祝您和家人平安健康。"),
    "mid_autumn": (
        "{address}，中秋快乐，阖家团圆，万事如意！",
        "{address}，中秋快乐！月圆人团圆，祝您和家人幸福美满，感谢一直以来的照顾。",
    ),
    "double_ninth": ("{address}，重阳节快乐，祝家中长辈健康长寿！", "{address}，重阳安康！祝家里老人福寿绵长。"),
    "new_years_eve": ("{address}，除夕快乐，祝您来年顺顺利利！", "{address}，除夕快乐！吃好年夜饭，来年红红火火！"),
    "new_year": ("{address}，元旦快乐，新年新气象！", "{address}，新年快乐！新的一年继续多多关照，祝您事事顺心。"),
    "national_day": ("{address}，国庆快乐，假期愉快！", "{address}，国庆快乐！假期好好休息，玩得开心。"),
    "mothers_day": ("{address}，母亲节快乐！", "{address}，母亲节快乐！祝您和家里的妈妈健康美丽。"),
    "fathers_day": ("{address}，父亲节快乐！", "{address}，父亲节快乐！辛苦了，祝您身体健康。"),
    "womens_day": ("{address}，节日快乐，愿您美丽常在！", "{address}，女神节快乐！愿您永远年轻漂亮、开开心心。"),
    "teachers_day": ("{address}，教师节快乐，您辛苦了！", "{address}，教师节快乐！桃李满天下，您辛苦了。"),
    "childrens_day": ("{address}，祝孩子儿童节快乐！", "{address}，儿童节快乐！祝宝贝健康快乐成长。"),
    "festival": ("{address}，{occasion}快乐！", "{address}，{occasion}快乐！祝您和家人万事顺意。"),
    "full_month": (
        "{address}，恭喜宝宝满月，祝宝宝健康成长！",
        "{address}，恭喜恭喜！宝宝满月啦，祝宝宝平安健康、聪明可爱！",
    ),
    "hundred_days": ("{address}，恭喜宝宝百日，健康成长！", "{address}，宝宝百日快乐！长命百岁，平安喜乐。"),
    "wedding": ("{address}，恭喜恭喜，祝新婚快乐，百年好合！", "{address}，大喜！祝你们白头偕老，永结同心！"),
    "funeral": (
        "{address}，惊闻噩耗，深表哀悼，请节哀保重。",
        "{address}，听到消息很难过，请节哀保重身体。有需要帮忙的地方随时告诉我。",
    ),
    "zhongkao": ("{address}，祝孩子中考顺利，金榜题名！", "{address}，孩子中考加油！放平心态，一定能考出好成绩。"),
    "gaokao": ("{address}，祝孩子高考顺利，金榜题名！", "{address}，孩子高考加油！祝旗开得胜，心想事成。"),
    "moving": ("{address}，恭贺乔迁之喜！", "{address}，恭喜乔迁新居！祝新家红红火火，改天登门道贺。"),
    "opening": ("{address}，恭贺开业大吉，生意兴隆！", "{address}，开业大吉！祝财源广进，生意越做越红火。"),
    "custom": ("{address}，{occasion}快乐，感谢您的支持！", "{address}，{occasion}快乐！这些年多谢您的信任和照顾。"),
    "followup": (
        "{address}，您好，上次说的事情我跟进一下，您看什么时候方便？",
        "{address}，上次聊的事我一直记着，跟您汇报一下进展。",
    ),
    "cadence": (
        "{address}，好久没联系了，最近一切都好吗？产品用得怎么样？",
        "{address}，好久不见，挺想念的！最近忙什么呢？有空一起喝茶。",
    ),
    "complaint": (
        "{address}，上次您反映的问题已经处理好了，请您继续监督，有问题随时找我。",
        "{address}，您上次说的问题我们已经解决了，您用着看看，还有不满意的地方一定告诉我。",
    ),
    "default": ("{address}，您好，祝您一切顺利！", "{address}，最近好吗？祝您和家人一切都好！"),
}

_EN: dict[str, tuple[str, str]] = {
    "birthday": (
        "Happy birthday, {address}! Wishing you good health and a wonderful year.",
        "Happy birthday, {address}! Have a great day; let's have tea together soon.",
    ),
    "milestone_birthday": (
        "Congratulations on this milestone birthday, {address}! Wishing you health and long life.",
        "Happy birthday, {address}! A great milestone; I'll drop by to celebrate with you.",
    ),
    "family_birthday": (
        "{address}, please pass on my best birthday wishes to {person}!",
        "{address}, happy birthday to {person}! Wishing them a lovely day.",
    ),
    "spring_festival": (
        "Happy Spring Festival, {address}! Thank you for your support this year.",
        "Happy New Year, {address}! Thanks for everything this year; all the best to you and your family.",
    ),
    "mid_autumn": (
        "Happy Mid-Autumn Festival, {address}! Wishing you and your family a happy reunion.",
        "Happy Mid-Autumn, {address}! Enjoy the full moon with your family, and thank you for everything.",
    ),
    "festival": ("Happy {occasion}, {address}!", "Happy {occasion}, {address}! All the best to you and your family."),
    "full_month": (
        "Congratulations on the baby's first month, {address}!",
        "Congratulations, {address}! Wishing the little one health and happiness.",
    ),
    "hundred_days": (
        "Congratulations on the baby's hundred days, {address}!",
        "Happy hundred days to the little one, {address}!",
    ),
    "wedding": (
        "Congratulations on the wedding, {address}!",
        "Congratulations, {address}! Wishing you a lifetime of joy.",
    ),
    "funeral": (
        "{address}, I was very sorry to hear the news. Please accept my condolences.",
        "{address}, I am so sorry for your loss. Please take care, and let me know if I can help.",
    ),
    "zhongkao": (
        "Best of luck to your child in the zhongkao, {address}!",
        "Good luck to your child this week, {address}!",
    ),
    "gaokao": ("Best of luck to your child in the gaokao, {address}!", "Good luck to your child this week, {address}!"),
    "moving": (
        "Congratulations on the new home, {address}!",
        "Congratulations on the move, {address}! I'll come by soon.",
    ),
    "opening": (
        "Congratulations on the opening, {address}! Wishing you great business.",
        "Congratulations on the opening, {address}! May business boom.",
    ),
    "custom": (
        "Happy {occasion}, {address}! Thank you for your support.",
        "Happy {occasion}, {address}! Thanks for your trust.",
    ),
    "followup": (
        "Hello {address}, following up on what we discussed last time; when would suit you?",
        "{address}, I haven't forgotten what we talked about; here is where things stand.",
    ),
    "cadence": (
        "Hello {address}, it has been a while. How is everything, and how is the product working for you?",
        "{address}, it's been too long! How have you been? Let's catch up over tea.",
    ),
    "complaint": (
        "{address}, the problem you reported has been fixed; please keep an eye on it and tell me if anything recurs.",
        "{address}, we've sorted out the problem you mentioned; do tell me if anything still isn't right.",
    ),
    "default": (
        "Hello {address}, wishing you all the best!",
        "{address}, how are you? All the best to you and your family!",
    ),
}

_DEFAULTS = {"zh": _ZH, "en": _EN}


def template_language(lang: str) -> str:
    """The template set for an interface language: "en" for English, "zh" otherwise."""
    return "en" if lang.lower().startswith("en") else "zh"


def default_template(lang: str, occasion: str, tier: Tier) -> str:
    """The built-in template for `occasion` and `tier` (unknown occasions get the generic one)."""
    table = _DEFAULTS[template_language(lang)]
    pair = table.get(occasion) or table["festival" if occasion in FESTIVALS_BY_KEY else "default"]
    return pair[1] if tier in _CLOSE else pair[0]


def template_for(overrides: Mapping[str, Any] | None, lang: str, occasion: str, tier: Tier) -> str:
    """The template to use: the book's own for this occasion and tier if set, else the default."""
    stored = (overrides or {}).get(template_language(lang), {})
    by_tier = stored.get(occasion) if isinstance(stored, Mapping) else None
    if isinstance(by_tier, Mapping):
        text = by_tier.get(tier.key)
        if isinstance(text, str) and text.strip():
            return text
    return default_template(lang, occasion, tier)


def render(template: str, *, address: str, name: str, occasion: str = "", person: str = "") -> str:
    """Fill the placeholders of `template`; unknown ones are left as written."""
    values = {"address": address or name, "name": name, "occasion": occasion, "person": person or occasion}

    def fill(match: re.Match[str]) -> str:
        key = match.group(1).strip()
        key = _ALIASES.get(key, key)
        return values[key] if key in values else match.group(0)

    return _PATTERN.sub(fill, template).strip()


def occasion_key(kind: str, date_kind: str = "", festival: str = "", milestone: int | None = None) -> str:
    """Which template an agenda item uses, from its kind, date kind, festival key and milestone."""
    if festival:
        return festival
    if kind == "birthday":
        return "milestone_birthday" if milestone else "birthday"
    if date_kind == "birthday":
        return "family_birthday"
    if date_kind and date_kind in OCCASIONS:
        return date_kind
    if kind in OCCASIONS:
        return kind
    return "custom" if kind == "custom" else "default"


def set_override(
    overrides: Mapping[str, Any] | None, lang: str, occasion: str, tier: Tier, text: str
) -> dict[str, Any]:
    """A copy of `overrides` with one template set (or removed when it is empty or the default)."""
    result: dict[str, Any] = {
        lg: {occ: dict(tiers) for occ, tiers in table.items() if isinstance(tiers, Mapping)}
        for lg, table in (overrides or {}).items()
        if isinstance(table, Mapping)
    }
    table = result.setdefault(template_language(lang), {})
    tiers = table.setdefault(occasion, {})
    text = text.strip()
    if not text or text == default_template(lang, occasion, tier):
        tiers.pop(tier.key, None)
    else:
        tiers[tier.key] = text
    if not tiers:
        table.pop(occasion, None)
    return result
