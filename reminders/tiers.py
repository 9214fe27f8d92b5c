"""Relationship tiers (客户关系层级), from a plain buyer-seller tie to a confidant."""

from __future__ import annotations

from enum import IntEnum


class Tier(IntEnum):
    """The four tiers, ordered so that a higher value is a closer relationship."""

    PASSERBY = 0
    ACQUAINTANCE = 1
    FRIEND = 2
    CONFIDANT = 3

    @property
    def key(self) -> str:
        """The stable English key used in files, JSON and the command line."""
        return _KEYS[self]

    @property
    def chinese(self) -> str:
        return _CHINESE[self]

    @classmethod
    def parse(cls, text: str) -> Tier:
        """Read a tier from its key, English name or Chinese name (any case)."""
        wanted = text.strip().lower().replace("-", "").replace(" ", "")
        for tier in cls:
            names = {tier.key, tier.name.lower(), tier.chinese, _ENGLISH[tier].lower().replace("-", "")}
            if wanted in names:
                return tier
        raise ValueError(
            f"unknown tier {text!r}: use passerby, acquaintance, friend or confidant (过客, 熟人, 朋友, 知己)"
        )


_KEYS = {
    Tier.PASSERBY: "passerby",
    Tier.ACQUAINTANCE: "acquaintance",
    Tier.FRIEND: "friend",
    Tier.CONFIDANT: "confidant",
}
_ENGLISH = {
    Tier.PASSERBY: "Passer-by",
    Tier.ACQUAINTANCE: "Acquaintance",
    Tier.FRIEND: "Friend",
    Tier.CONFIDANT: "Confidant",
}
_CHINESE = {
    Tier.PASSERBY: "过客",
    Tier.ACQUAINTANCE: "熟人",
    Tier.FRIEND: "朋友",
    Tier.CONFIDANT: "知己",
}

#: Of every 100 clients, roughly how many sit in each tier (shared/domain.md).
TARGET_SHARE: dict[Tier, float] = {
    Tier.PASSERBY: 0.37,
    Tier.ACQUAINTANCE: 0.50,
    Tier.FRIEND: 0.09,
    Tier.CONFIDANT: 0.04,
}
