"""Words for the codes the services return (STYLE.md: services return codes, the UI words), and moments."""

from __future__ import annotations

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
