"""The Accounts page's filter bar: one drop-down of checkable values per field.

The values (with how many accounts have each) come from
:func:`kamdesk.services.accounts.filter_options`, read on the database
worker. Checking values keeps only the accounts that have one of them; a
field with nothing checked does not filter. "Clear filters" unchecks all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from kamdesk.ui.data_context import DataContext
from kamdesk.ui.labels import category_label, lifecycle_class_label, milestone_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.services.accounts import AccountFilter, FilterOptions

#: The filter fields (``kamdesk.services.accounts.FILTER_FIELDS``), in the bar's order.
FILTER_FIELDS = ("industry", "region", "category", "lifecycle_class", "tier", "milestone")


def _filter_options(session: Session) -> FilterOptions:
    from kamdesk.services.accounts import filter_options

    return filter_options(session)


def _make_filter(checked: dict[str, frozenset[str]]) -> AccountFilter | None:
    from kamdesk.services.accounts import AccountFilter

    values = {field: values for field, values in checked.items() if values}
    return AccountFilter(**values) if values else None


class AccountFilterBar(QWidget):
    """Drop-downs of checkable values, and "Clear filters".

    Signals:
        filter_changed(object): the filter to apply: an ``AccountFilter`` or None (all).
        options_loaded: the drop-downs were (re)filled.
    """

    filter_changed = Signal(object)
    options_loaded = Signal()

    def __init__(self, data: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._options: FilterOptions | None = None
        self._checked: dict[str, frozenset[str]] = {field: frozenset() for field in FILTER_FIELDS}
        self.buttons: dict[str, QToolButton] = {}
        self.menus: dict[str, QMenu] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for field in FILTER_FIELDS:
            button = QToolButton(self)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            menu.triggered.connect(lambda action, f=field: self._on_menu_triggered(f, action))
            button.setMenu(menu)
            layout.addWidget(button)
            self.buttons[field] = button
            self.menus[field] = menu
        self.clear_button = QToolButton(self)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.retranslate()

    # -- options --------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the values present among the accounts again."""
        if not self._data.is_open:
            return
        self._data.read(_filter_options, label=self.tr("Loading filters"), on_done=self._on_loaded)

    def _on_loaded(self, options: FilterOptions) -> None:
        self._options = options
        self._fill_menus()
        self.options_loaded.emit()

    def _fill_menus(self) -> None:
        for field in FILTER_FIELDS:
            menu = self.menus[field]
            menu.clear()
            values = getattr(self._options, field) if self._options is not None else ()
            for value, count in values:
                action = QAction(f"{self._value_label(field, value)}  ({count})", menu)
                action.setCheckable(True)
                action.setChecked(value in self._checked[field])
                action.setData(value)
                menu.addAction(action)
            self.buttons[field].setEnabled(bool(values))
        self._update_titles()

    def _value_label(self, field: str, value: str) -> str:
        if value == "":
            return self.tr("(none)")
        if field == "category":
            return category_label(value)
        if field == "lifecycle_class":
            return lifecycle_class_label(value)
        if field == "milestone":
            return milestone_label(value)
        return value

    # -- checking -------------------------------------------------------------------

    def set_checked(self, field: str, values: set[str] | frozenset[str]) -> None:
        """Keeps only accounts whose ``field`` is one of ``values`` (empty: any)."""
        self._checked[field] = frozenset(values)
        for action in self.menus[field].actions():
            action.setChecked(action.data() in values)
        self._changed()

    def clear(self) -> None:
        """Clear filters: every account again."""
        if not any(self._checked.values()):
            return
        self._checked = {field: frozenset() for field in FILTER_FIELDS}
        for menu in self.menus.values():
            for action in menu.actions():
                action.setChecked(False)
        self._changed()

    @property
    def is_active(self) -> bool:
        return any(self._checked.values())

    def _on_menu_triggered(self, field: str, action: QAction) -> None:
        value = action.data()
        checked = set(self._checked[field])
        if action.isChecked():
            checked.add(value)
        else:
            checked.discard(value)
        self._checked[field] = frozenset(checked)
        self._changed()

    def _changed(self) -> None:
        self._update_titles()
        self.filter_changed.emit(_make_filter(self._checked))

    def _titles(self) -> dict[str, str]:
        return {
            "industry": self.tr("Industry"),
            "region": self.tr("Region"),
            "category": self.tr("Category"),
            "lifecycle_class": self.tr("Class"),
            "tier": self.tr("Tier"),
            "milestone": self.tr("Milestone"),
        }

    def _update_titles(self) -> None:
        for field, title in self._titles().items():
            count = len(self._checked[field])
            self.buttons[field].setText(f"{title} ({count})" if count else title)
        self.clear_button.setEnabled(self.is_active)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear filters"))
        self._fill_menus()
