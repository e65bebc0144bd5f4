"""Words for the codes the services return (STYLE.md: services return codes, the UI words), and moments."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def category_label(code: str | None) -> str:
    """The key-account category (行业/区域/潜力大客户) in words; unknown codes as they are."""
    if code is None:
        return ""
    words = {
        "industry": QCoreApplication.translate("labels", "Industry"),
        "regional": QCoreApplication.translate("labels", "Regional"),
        "potential": QCoreApplication.translate("labels", "Potential"),
    }
    return words.get(code, code)


def lifecycle_class_label(code: str | None) -> str:
    """The lifecycle class (忠诚型, 快速增长型…) in words; unknown codes as they are."""
    if code is None:
        return ""
    words = {
        "loyal": QCoreApplication.translate("labels", "Loyal"),
        "fast_growing": QCoreApplication.translate("labels", "Fast-growing"),
        "sleeping": QCoreApplication.translate("labels", "Sleeping"),
        "worth_cultivating": QCoreApplication.translate("labels", "Worth cultivating"),
    }
    return words.get(code, code)


def backup_kind_label(kind: str) -> str:
    """What made a backup, in words."""
    words = {
        "daily": QCoreApplication.translate("labels", "Daily, automatic"),
        "premigrate": QCoreApplication.translate("labels", "Before an upgrade"),
        "manual": QCoreApplication.translate("labels", "Made by you"),
        "before-restore": QCoreApplication.translate("labels", "Before a restore"),
    }
    return words.get(kind, kind)


def moment_label(timestamp: float) -> str:
    """A moment as the rep reads it: the long date and the short time, no zone name."""
    moment = QDateTime.fromSecsSinceEpoch(round(timestamp))
    locale = QLocale()
    return (
        locale.toString(moment.date(), QLocale.FormatType.LongFormat)
        + " "
        + locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    )


def milestone_label(code: str | None) -> str:
    """The pipeline milestone (建立关系, 签约…) in words; unknown codes as they are."""
    if code is None:
        return ""
    words = {
        "planning": QCoreApplication.translate("labels", "Planning"),
        "relationship": QCoreApplication.translate("labels", "Building the relationship"),
        "initiation": QCoreApplication.translate("labels", "Project initiated"),
        "solution": QCoreApplication.translate("labels", "Solution and tender"),
        "contract": QCoreApplication.translate("labels", "Contract"),
        "delivery": QCoreApplication.translate("labels", "Delivery"),
    }
    return words.get(code, code)


def source_label(code: str | None) -> str:
    """Where an account came from, in words; unknown codes as they are."""
    if code is None:
        return ""
    words = {
        "own": QCoreApplication.translate("labels", "Own prospecting"),
        "online": QCoreApplication.translate("labels", "Online"),
        "map": QCoreApplication.translate("labels", "Map"),
        "referral": QCoreApplication.translate("labels", "Referral"),
    }
    return words.get(code, code)


def decision_role_label(code: str | None) -> str:
    """A contact's part in decisions, in words; unknown codes as they are."""
    if code is None:
        return ""
    words = {
        "decision_maker": QCoreApplication.translate("labels", "Decision maker"),
        "influencer": QCoreApplication.translate("labels", "Influencer"),
        "user": QCoreApplication.translate("labels", "User"),
        "gatekeeper": QCoreApplication.translate("labels", "Gatekeeper"),
    }
    return words.get(code, code)


def personality_label(code: str | None) -> str:
    """A contact's personality type (演员型, 结果型…) in words; unknown codes as they are."""
    if code is None:
        return ""
    words = {
        "actor": QCoreApplication.translate("labels", "Actor"),
        "driver": QCoreApplication.translate("labels", "Driver"),
        "professor": QCoreApplication.translate("labels", "Professor"),
        "amiable": QCoreApplication.translate("labels", "Amiable"),
    }
    return words.get(code, code)


def date_label(moment: datetime | None) -> str:
    """A moment's local date, short (the table's last visit and next action); "" for None."""
    if moment is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(round(moment.timestamp())).date()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
