"""Translated names of the relationship log's keys: channels, purposes, steps, reasons ..."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.care_records import CHANNELS, FEEDBACK_STATUSES, LOSS_REASONS, PURPOSES, WINBACK_STEPS


def _t(text: str) -> str:
    return QCoreApplication.translate("CareLabels", text)


def channel_label(key: str) -> str:
    names = {
        "visit": _t("Visit (拜访)"),
        "phone": _t("Phone call"),
        "wechat": _t("WeChat"),
        "sms": _t("Text message"),
        "email": _t("Email"),
        "gift": _t("Gift"),
        "meal": _t("Event or meal"),
    }
    return names.get(key, key)


def purpose_label(key: str) -> str:
    names = {
        "care": _t("Care (关怀)"),
        "information": _t("Information (信息传递)"),
        "deal": _t("Deal (交易推动)"),
        "service": _t("Service (服务提供)"),
        "intelligence": _t("Intelligence (情报收集)"),
    }
    return names.get(key, key)


def purpose_short(key: str) -> str:
    names = {
        "care": _t("Care"),
        "information": _t("Information"),
        "deal": _t("Deal"),
        "service": _t("Service"),
        "intelligence": _t("Intelligence"),
    }
    return names.get(key, key)


def feedback_status_label(key: str) -> str:
    names = {
        "open": _t("Open"),
        "checking": _t("Checking"),
        "fixed": _t("Fixed"),
        "reported": _t("Reported back"),
    }
    return names.get(key, key)


def feedback_kind_label(key: str) -> str:
    return {"complaint": _t("Complaint"), "suggestion": _t("Suggestion")}.get(key, key)


def loss_reason_label(key: str) -> str:
    names = {
        "staff_turnover": _t("Staff turnover (人员流动)"),
        "broken_trust": _t("Broken trust (丧失诚信)"),
        "novelty": _t("Chasing novelty (追求新奇)"),
        "neglect": _t("Neglect (不闻不问)"),
        "big_clients_favoured": _t("Large clients favoured (管理不平衡)"),
        "natural": _t("Natural loss (自然流失)"),
        "competitor": _t("Taken by a competitor (竞争对手)"),
        "price": _t("Price (价格)"),
        "poor_service": _t("Poor service (服务差)"),
        "better_product": _t("Better product elsewhere (更好的产品)"),
        "other": _t("Other"),
    }
    return names.get(key, key)


def winback_step_label(key: str) -> str:
    names = {
        "reason": _t("1. Find the real reason — understand"),
        "plan": _t("2. Make a plan — propose"),
        "carry_out": _t("3. Carry out the plan — respond"),
        "review": _t("4. Review what worked"),
    }
    return names.get(key, key)


def outcome_label(key: str | None) -> str:
    return {"won_back": _t("Won back"), "not_won_back": _t("Not won back")}.get(key or "", _t("In progress"))


# Keep the key lists importable from here for the views.
__all__ = ["CHANNELS", "FEEDBACK_STATUSES", "LOSS_REASONS", "PURPOSES", "WINBACK_STEPS"]
