# ruff: noqa: E501 - sample rows read best one per line
"""Make the sample import files in tests/data (run: python tests/data/make_samples.py).

Each imitates what a real program writes: Android's vCard 2.1 with quoted-printable
names wrapped over soft line breaks and a photo, a Huawei-style vCard 3.0, a
GB18030 vCard, an Excel workbook with real date cells, a GBK CSV as Excel saves it
on Chinese Windows, and a semicolon-separated CSV.
"""

from __future__ import annotations

import base64
import quopri
import re
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _qp(text: str) -> str:
    """Quoted-printable UTF-8 wrapped with soft line breaks, the way Android writes it."""
    encoded = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("=\n", "")
    tokens = re.findall(r"=[0-9A-F]{2}|.", encoded)
    lines, line = [], ""
    for token in tokens:  # never break inside an =XX escape
        if len(line) + len(token) > 60:
            lines.append(line)
            line = ""
        line += token
    return "=\r\n".join([*lines, line])


def android_21() -> bytes:
    photo = base64.b64encode(bytes(range(256)) * 3).decode("ascii")
    photo_lines = "\r\n".join("  " + photo[i : i + 76] for i in range(0, len(photo), 76))
    long_name = "欧阳建国（华东区域总代理·杭州西湖分公司）"
    cards = [
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('欧阳')};{_qp('建国（华东区域总代理·杭州西湖分公司）')};;;\r\n"
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(long_name)}\r\n"
        "TEL;CELL:138-0013-8000\r\nTEL;WORK:0571-8888 6666\r\nTEL;HOME:+86 139 0013 9000\r\n"
        "EMAIL;HOME:ouyang@example.com\r\n"
        f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('西湖服装批发')}\r\n"
        f"TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('总经理')}\r\n"
        "BDAY:1975-08-20\r\n"
        f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('喜欢喝龙井；太太姓王')}\r\n"
        f"PHOTO;ENCODING=BASE64;JPEG:{photo_lines[2:]}\r\n\r\n"
        "END:VCARD\r\n",
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('李')};{_qp('娜')};;;\r\n"
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('李娜')}\r\n"
        "TEL;CELL;PREF:13700001111\r\n"
        "END:VCARD\r\n",
    ]
    return "".join(cards).encode("ascii")


def huawei_30() -> bytes:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:张;伟;;;\r\nFN:张伟\r\n"
        "TEL;TYPE=CELL:13800138001\r\nTEL;TYPE=CELL:13800138002\r\nTEL;TYPE=WORK:021-6666 8888\r\n"
        "EMAIL;TYPE=WORK:zhangwei@example.cn\r\nEMAIL;TYPE=HOME:zw@example.com\r\n"
        "ORG:上海华联建材有限公司;采购部\r\nTITLE:采购经理\r\nBDAY:--0312\r\n"
        "ADR;TYPE=WORK:;;浦东新区世纪大道100号;上海;;200120;中国\r\n"
        "NOTE:老客户\\n每年春节送茶叶\\, 不喝酒\r\n"
        "item1.X-ABLABEL:微信\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王芳\r\nN:王;芳;;;\r\n"
        "TEL;TYPE=CELL:+86 186 0000 2222\r\nORG:芳芳花店\r\n"
        "NOTE:这是一段很长的备注，用来检查折行是否被正确地还原，手机导出的名片常常会在七十五个字节\r\n"
        " 处折行。\r\n"
        "BDAY:1988-11-02\r\n"
        "END:VCARD\r\n"
    )
    return text.encode("utf-8")


def gb18030_card() -> bytes:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:陈晓明\r\nN:陈;晓明;;;\r\nTEL;TYPE=CELL:15900001234\r\n"
        "ORG:晓明五金店\r\nTITLE:老板\r\nNOTE:喜欢钓鱼\r\nEND:VCARD\r\n"
    )
    return text.encode("gb18030")


def excel(path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "手机", "电话2", "公司", "职位", "关系层级", "生日", "标签", "备注", "性别", "微信"])
    sheet.append(
        [
            "刘强",
            13811112222,
            "010-66668888",
            "京东五金",
            "店长",
            "朋友",
            datetime(1980, 5, 4),
            "VIP|批发",
            "",
            "男",
            "liuqiang88",
        ]
    )
    sheet.append(
        ["赵敏", "13933334444", "", "敏敏服饰", "老板娘", "知己", "农历八月十五", "零售", "爱喝花茶", "女", ""]
    )
    sheet.append(["孙丽", "13555556666", "", "", "", "熟人", "1992/3/8", "", "", "F", ""])
    sheet.append(
        ["周杰", "13677778888", "", "周记餐饮", "", "passer-by", "农历2020-闰04-08", "餐饮、华南", "", "M", ""]
    )
    sheet["G3"].number_format = "@"
    workbook.save(path)


def gbk_csv() -> bytes:
    text = (
        "姓名,电话,公司,职务,关系层级,生日,标签,备注\r\n"
        "黄老板,13800001111 13900002222,黄记服装店,老板,知己,农历正月初一,VIP、老客户,每次都亲自上门\r\n"
        "吴经理,13800003333/13800004444,华南建材,经理,朋友,1979-12-01,华南,\r\n"
        '郑大姐,"13800005555,13800006666",郑大姐餐馆,老板娘,熟人,农历腊月三十,餐饮,"爱吃辣, 不喝酒"\r\n'
    )
    return text.encode("gbk")


def semicolon_csv() -> bytes:
    text = (
        "name;phone;company;title;tier;birthday;tags;notes;email;gender;address_as\r\n"
        "Li Lei;13800007777;Acme Trading;Buyer;acquaintance;1985-03-12;VIP,wholesale;met at the fair;li@example.com;M;李总\r\n"
        "Han Meimei;13800008888;Acme Trading;Manager;friend;03-12;;;;F;韩姐\r\n"
    )
    return text.encode("utf-8-sig")


def main() -> None:
    (HERE / "android_qp_21.vcf").write_bytes(android_21())
    (HERE / "huawei_30.vcf").write_bytes(huawei_30())
    (HERE / "gb18030.vcf").write_bytes(gb18030_card())
    excel(HERE / "clients.xlsx")
    (HERE / "gbk.csv").write_bytes(gbk_csv())
    (HERE / "semicolon.csv").write_bytes(semicolon_csv())


if __name__ == "__main__":
    main()
