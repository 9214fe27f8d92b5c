"""Translated names of the relationship log's keys: channels, purposes, steps, reasons ..."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.care_records import CHANNELS, FEEDBACK_STATUSES, LOSS_REASONS, PURPOSES, WINBACK_STEPS


def sentence_case(text: str) -> str:
    """The text with its first letter capitalised, as a sentence shown on its own starts:
    "no contact for 61 days; …" -> "No contact for 61 days; …" (Chinese has no case: unchanged)."""
    return text[:1].upper() + text[1:]


def channel_label(key: str) -> str:
    names = {
        "visit": QCoreApplication.translate("CareLabels", "Visit (拜访)"),
        "phone": QCoreApplication.translate("CareLabels", "Phone call"),
        "wechat": QCoreApplication.translate("CareLabels", "WeChat"),
        "sms": QCoreApplication.translate("CareLabels", "Text message"),
        "email": QCoreApplication.translate("CareLabels", "Email"),
        "gift": QCoreApplication.translate("CareLabels", "Gift"),
        "meal": QCoreApplication.translate("CareLabels", "Event or meal"),
    }
    return names.get(key, key)


def purpose_label(key: str) -> str:
    names = {
        "care": QCoreApplication.translate("CareLabels", "Care (关怀)"),
        "information": QCoreApplication.translate("CareLabels", "Information (信息传递)"),
        "deal": QCoreApplication.translate("CareLabels", "Deal (交易推动)"),
        "service": QCoreApplication.translate("CareLabels", "Service (服务提供)"),
        "intelligence": QCoreApplication.translate("CareLabels", "Intelligence (情报收集)"),
    }
    return names.get(key, key)


def purpose_short(key: str) -> str:
    names = {
        "care": QCoreApplication.translate("CareLabels", "Care"),
        "information": QCoreApplication.translate("CareLabels", "Information"),
        "deal": QCoreApplication.translate("CareLabels", "Deal"),
        "service": QCoreApplication.translate("CareLabels", "Service"),
        "intelligence": QCoreApplication.translate("CareLabels", "Intelligence"),
    }
    return names.get(key, key)


def feedback_status_label(key: str) -> str:
    names = {
        "open": QCoreApplication.translate("CareLabels", "Open"),
        "checking": QCoreApplication.translate("CareLabels", "Checking"),
        "fixed": QCoreApplication.translate("CareLabels", "Fixed"),
        "reported": QCoreApplication.translate("CareLabels", "Reported back"),
    }
    return names.get(key, key)


def feedback_kind_label(key: str) -> str:
    return {
        "complaint": QCoreApplication.translate("CareLabels", "Complaint"),
        "suggestion": QCoreApplication.translate("CareLabels", "Suggestion"),
    }.get(key, key)


def loss_reason_label(key: str) -> str:
    names = {
        "staff_turnover": QCoreApplication.translate("CareLabels", "Staff turnover (人员流动)"),
        "broken_trust": QCoreApplication.translate("CareLabels", "Broken trust (丧失诚信)"),
        "novelty": QCoreApplication.translate("CareLabels", "Chasing novelty (追求新奇)"),
        "neglect": QCoreApplication.translate("CareLabels", "Neglect (不闻不问)"),
        "big_clients_favoured": QCoreApplication.translate("CareLabels", "Large clients favoured (管理不平衡)"),
        "natural": QCoreApplication.translate("CareLabels", "Natural loss (自然流失)"),
        "competitor": QCoreApplication.translate("CareLabels", "Taken by a competitor (竞争对手)"),
        "price": QCoreApplication.translate("CareLabels", "Price (价格)"),
        "poor_service": QCoreApplication.translate("CareLabels", "Poor service (服务差)"),
        "better_product": QCoreApplication.translate("CareLabels", "Better product elsewhere (更好的产品)"),
        "other": QCoreApplication.translate("CareLabels", "Other"),
    }
    return names.get(key, key)


def winback_step_label(key: str) -> str:
    names = {
        "reason": QCoreApplication.translate("CareLabels", "1. Find the real reason — understand"),
        "plan": QCoreApplication.translate("CareLabels", "2. Make a plan — propose"),
        "carry_out": QCoreApplication.translate("CareLabels", "3. Carry out the plan — respond"),
        "review": QCoreApplication.translate("CareLabels", "4. Review what worked"),
    }
    return names.get(key, key)


def outcome_label(key: str | None) -> str:
    return {
        "won_back": QCoreApplication.translate("CareLabels", "Won back"),
        "not_won_back": QCoreApplication.translate("CareLabels", "Not won back"),
    }.get(key or "", QCoreApplication.translate("CareLabels", "In progress"))


# Keep the key lists importable from here for the views.
__all__ = ["CHANNELS", "FEEDBACK_STATUSES", "LOSS_REASONS", "PURPOSES", "WINBACK_STEPS"]
