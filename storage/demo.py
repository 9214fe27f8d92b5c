"""A realistic demo book: Chinese clients with tiers, lunar birthdays, families and tags.

Tiers follow the proportions of shared/domain.md (of 100 clients about 50
acquaintances, 10 friends, 3-5 confidants, the rest passers-by); about a third of
birthdays are lunar. Written in batches so 100,000 clients take seconds, not minutes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import func, insert, select

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import TARGET_SHARE, Tier
from storage import models
from storage.clients import now
from storage.convert import spec_columns
from storage.db import Book
from storage.search import build_search_text, pinyin_sort_key

TAGS = ("VIP", "批发", "零售", "老客户", "华东", "华南", "华北", "服装", "建材", "餐饮", "代理商", "转介绍")
SOURCES = ("转介绍", "展会", "上门", "电话开发", "微信", "老客户")
PERSONALITIES = ("爽快", "稳重", "细致", "健谈", "内向", "讲究效率", "重感情")
PREFERENCES = ("喜欢喝茶", "爱打高尔夫", "喜欢钓鱼", "爱看足球", "喜欢书法", "爱吃辣", "不喝酒", "喜欢养花")
PAYMENT = ("月结", "现结", "季度结", "常拖款", "预付")
TITLES = ("总经理", "老板", "采购经理", "店长", "董事长", "副总", "财务总监", "老板娘")
#: Cities with districts that belong to them (Faker's zh_CN addresses mix provinces and cities).
CITIES = (
    ("上海市", ("浦东新区", "徐汇区", "静安区", "闵行区")),
    ("北京市", ("朝阳区", "海淀区", "丰台区", "东城区")),
    ("广东省广州市", ("天河区", "越秀区", "番禺区", "白云区")),
    ("广东省深圳市", ("南山区", "福田区", "宝安区", "龙岗区")),
    ("浙江省杭州市", ("西湖区", "上城区", "滨江区", "萧山区")),
    ("江苏省苏州市", ("姑苏区", "吴中区", "工业园区", "相城区")),
    ("四川省成都市", ("武侯区", "锦江区", "青羊区", "成华区")),
    ("湖北省武汉市", ("江汉区", "武昌区", "洪山区", "汉阳区")),
)
STREETS = ("人民路", "中山路", "解放路", "建设路", "长江路", "和平路", "文化路", "新华路", "滨河路", "学府路")
#: The youngest relative a demo client has: nobody is born after this year.
LAST_BIRTH_YEAR = 2024
BATCH = 2000

Progress = Callable[[int, int], bool]  # (done, total) -> go on?


def fill_demo(book: Book, count: int, seed: int = 0, progress: Progress | None = None) -> int:
    """Add `count` demo clients; returns how many were added (fewer if cancelled)."""
    from faker import Faker

    faker = Faker("zh_CN")
    faker.seed_instance(seed)
    rng = random.Random(seed)
    tiers = list(TARGET_SHARE)
    weights = [TARGET_SHARE[t] for t in tiers]
    tag_names = list(TAGS)
    added = 0
    with book.Session.begin() as session:
        for name in tag_names:
            if session.scalar(select(models.Tag.id).where(models.Tag.name == name)) is None:
                session.add(models.Tag(name=name))
        session.flush()
        tag_ids = dict(session.execute(select(models.Tag.name, models.Tag.id)).all())
        next_id = (session.scalar(select(func.max(models.Client.id))) or 0) + 1
    while added < count:
        size = min(BATCH, count - added)
        batch = [_fake_client(faker, rng, next_id + added + i, rng.choices(tiers, weights)[0]) for i in range(size)]
        with book.Session.begin() as session:
            session.execute(insert(models.Client), [c["client"] for c in batch])
            session.execute(insert(models.Phone), [p for c in batch for p in c["phones"]])
            tags = [{"client_id": c["client"]["id"], "tag_id": tag_ids[t]} for c in batch for t in c["tags"]]
            if tags:
                session.execute(insert(models.ClientTag), tags)
            family = [m for c in batch for m in c["family"]]
            if family:
                session.execute(insert(models.FamilyMember), family)
            changes = [c["tier_change"] for c in batch]
            session.execute(insert(models.TierChange), changes)
            dates = [d for c in batch for d in c["dates"]]
            if dates:
                session.execute(insert(models.ClientDate), dates)
        added += size
        if progress is not None and not progress(added, count):
            break
    from storage.demo_log import fill_demo_log

    fill_demo_log(book, next_id, seed)  # contacts, gifts, complaints and a few lost clients
    return added


def _address(rng: random.Random) -> str:
    city, districts = rng.choice(CITIES)
    return f"{city}{rng.choice(districts)}{rng.choice(STREETS)}{rng.randint(1, 999)}号"


def _relatives(rng: random.Random, gender: str, birth_year: int) -> list[tuple[str, str, int]]:
    """One or two relatives (relation, gender, birth year) whose ages fit the client's: a spouse
    of about the same age, a child born when the client was 23 to 38, a parent 20 to 35 years
    older; a child not born yet is left out."""
    spouse = ("妻子", "F") if gender == "M" else ("丈夫", "M")
    child = rng.choice((("儿子", "M"), ("女儿", "F")))
    parent = rng.choice((("母亲", "F"), ("父亲", "M")))
    candidates = [
        (*spouse, birth_year + rng.randint(-4, 4)),
        (*child, birth_year + rng.randint(23, 38)),
        (*parent, birth_year - rng.randint(20, 35)),
    ]
    return [found for found in rng.sample(candidates, rng.randint(1, 2)) if found[2] <= LAST_BIRTH_YEAR]


def _fake_client(faker, rng: random.Random, client_id: int, tier: Tier) -> dict:
    gender = rng.choice("FM")
    name = faker.name_female() if gender == "F" else faker.name_male()
    company = faker.company() if rng.random() < 0.85 else ""
    phones = [faker.phone_number()] + ([faker.phone_number()] if rng.random() < 0.2 else [])
    tags = rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3)))
    birth_year = rng.randint(1955, 1998)
    birthday = _random_spec(rng, birth_year) if rng.random() < 0.9 else None
    stamp = now()
    created = stamp - timedelta(days=rng.randint(30, 2000))
    last_contact = stamp - timedelta(days=rng.randint(0, 200), hours=rng.randint(0, 23)) if tier else None
    bday = spec_columns(birthday)
    client = {
        "id": client_id,
        "name": name,
        "gender": gender,
        "address_as": f"{name[0]}{'姐' if gender == 'F' else '总'}",
        "company": company,
        "title": rng.choice(TITLES) if company else "",
        "wechat": f"wx_{faker.user_name()}" if rng.random() < 0.7 else "",
        "email": faker.email() if rng.random() < 0.4 else "",
        "address": _address(rng) if rng.random() < 0.5 else "",
        "source": rng.choice(SOURCES),
        "personality": rng.choice(PERSONALITIES),
        "preferences": rng.choice(PREFERENCES),
        "payment_habits": rng.choice(PAYMENT),
        "health_notes": "",
        "notes": "",
        "tier": int(tier),
        "is_teacher": rng.random() < 0.03,
        "counts_nominal_age": rng.random() < 0.3,
        "birthday_calendar": bday[0],
        "birthday_year": bday[1],
        "birthday_month": bday[2],
        "birthday_day": bday[3],
        "birthday_leap": bday[4],
        "search_text": build_search_text(name, company, phones, tags),
        "sort_key": pinyin_sort_key(name),
        "last_contact_at": last_contact,
        "archived_at": None,
        "created_at": created,
        "updated_at": created,
        "version": 1,
    }
    family = []
    if rng.random() < 0.6:
        for position, (relation, member_gender, year) in enumerate(_relatives(rng, gender, birth_year)):
            child = relation in ("儿子", "女儿")
            given = faker.first_name_female() if member_gender == "F" else faker.first_name_male()
            # Children and the father carry the client's surname; a spouse or mother has her own.
            surname = name[0] if child or relation == "父亲" else faker.last_name()
            spec = spec_columns(_random_spec(rng, year) if rng.random() < 0.8 else None)
            family.append(
                {
                    "client_id": client_id,
                    "relation": relation,
                    "name": surname + given,
                    "gender": member_gender,
                    "notes": f"高考 {year + 18}" if child and 2026 <= year + 18 <= 2030 else "",
                    "birthday_calendar": spec[0],
                    "birthday_year": spec[1],
                    "birthday_month": spec[2],
                    "birthday_day": spec[3],
                    "birthday_leap": spec[4],
                    "position": position,
                }
            )
    dates = []
    if tier >= Tier.FRIEND and rng.random() < 0.5:
        first_deal = created.date()
        dates.append(
            {
                "client_id": client_id,
                "kind": "custom",
                "label": "合作纪念日",
                "person": "",
                "calendar": "solar",
                "year": first_deal.year,
                "month": first_deal.month,
                "day": first_deal.day,
                "leap": False,
                "yearly": True,
                "notes": "",
                "created_at": stamp,
                "position": 0,
            }
        )
    return {
        "client": client,
        "phones": [{"client_id": client_id, "number": p, "label": "手机", "position": i} for i, p in enumerate(phones)],
        "tags": tags,
        "family": family,
        "dates": dates,
        "tier_change": {
            "client_id": client_id,
            "from_tier": None,
            "to_tier": int(tier),
            "changed_at": created,
            "reason": "",
        },
    }


def _random_spec(rng: random.Random, year: int) -> DateSpec:
    """A birthday; about a third lunar (day 1-29, so it exists in every lunar month)."""
    if rng.random() < 1 / 3:
        return DateSpec(
            CalendarKind.LUNAR, rng.randint(1, 12), rng.randint(1, 29), year if rng.random() < 0.7 else None
        )
    day = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
    return DateSpec(CalendarKind.SOLAR, day.month, day.day, year if rng.random() < 0.7 else None)


def is_empty(book: Book) -> bool:
    with book.Session() as session:
        return session.scalar(select(models.Client.id).limit(1)) is None
