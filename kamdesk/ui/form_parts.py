"""Parts shared by the account and contact dialogs: errors shown at their field, code pickers.

The services check the input (``validate_account``, ``validate_contact``) and
name each wrong field; :class:`FieldErrors` shows each message under its
field, with a red frame round the field. A field's error shows once the rep
has been in it (edited it or left it), or after a refused OK, so that a new
dialog does not open covered in "required" messages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import InvalidInput

#: How long typing must pause before the fields are checked again.
CHECK_DELAY_MS = 250
#: The frame of a wrong field and the colour of its message.
ERROR_COLOUR = "#d32f2f"
WARNING_COLOUR = "#b26a00"
#: The dialogs' style sheet: a wrong field gets a red frame (its ``invalid`` property).
FORM_STYLE = (
    f'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] '
    f"{{ border: 1px solid {ERROR_COLOUR}; border-radius: 3px; padding: 2px; }}"
)


def with_message(field: QWidget, message: QLabel) -> QWidget:
    """``field`` with ``message`` under it, as one form row's field."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


def message_label(parent: QWidget, colour: str = ERROR_COLOUR) -> QLabel:
    """A small wrapped label for a field's message; hidden while it says nothing."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {colour};")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    label.setVisible(False)
    return label


class FieldErrors(QObject):
    """Each field's error under the field, checked shortly after every edit.

    Args:
        check: returns every field error of the dialog's current input.
        parent: the dialog.

    Signals:
        checked: the fields were checked (the errors shown are up to date).
    """

    checked = Signal()

    def __init__(self, check: Callable[[], Sequence[InvalidInput]], parent: QWidget) -> None:
        super().__init__(parent)
        self._check = check
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._watched: dict[QObject, str] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._errors: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

    def add(self, name: str, field: QWidget, row: QWidget | None = None) -> QWidget:
        """Watches ``field`` (the service's field ``name``); returns it with its message under it.

        Args:
            name: the service's name of the field.
            field: the widget the value is typed in; framed in red when wrong.
            row: what to show above the message instead of ``field`` (a row of
                widgets that ``field`` is part of).
        """
        message = message_label(field.parentWidget() or field)
        message.setObjectName(f"{name}Error")
        self._fields[name] = (field, message)
        edited: Signal | None = None
        if isinstance(field, QLineEdit):
            edited = field.textEdited
        elif isinstance(field, QPlainTextEdit):
            edited = field.textChanged
        elif isinstance(field, QComboBox):
            edited = field.currentTextChanged
        if edited is not None:
            edited.connect(lambda *_args, n=name: self._on_field_edited(n))
        watched = field.lineEdit() if isinstance(field, QComboBox) and field.isEditable() else field
        watched.installEventFilter(self)
        self._watched[watched] = name
        return with_message(row or field, message)

    def touch(self, name: str) -> None:
        """Shows ``name``'s error from now on (a field edited by other means)."""
        self._touched.add(name)
        self._timer.start()

    def _on_field_edited(self, name: str) -> None:
        self._touched.add(name)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            name = self._watched.get(watched)
            if name is not None and name in self._touched:
                self.check_now()
        return super().eventFilter(watched, event)

    def check_now(self) -> list[InvalidInput]:
        """Checks every field now and shows the errors of the fields the rep has been in."""
        self._timer.stop()
        errors = list(self._check())
        self._errors = {}
        for error in errors:
            self._errors.setdefault(error.where, error.reason)
        self._render()
        self.checked.emit()
        return errors

    def show_all(self, errors: Iterable[InvalidInput] | None = None) -> str | None:
        """Shows every field's error (after OK, or the service's errors); returns the first field.

        Args:
            errors: the errors to show; ``None`` checks the fields now.
        """
        self._show_all = True
        if errors is None:
            found = self.check_now()
        else:
            found = list(errors)
            self._errors = {}
            for error in found:
                self._errors.setdefault(error.where, error.reason)
            self._render()
        first = next((e.where for e in found if e.where in self._fields), None)
        if first is not None:
            field = self._fields[first][0]
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        return first

    def error(self, name: str) -> str:
        """The message shown under ``name`` (``""`` when none is)."""
        _field, message = self._fields[name]
        return message.text() if not message.isHidden() else ""

    def field(self, name: str) -> QWidget:
        return self._fields[name][0]

    @property
    def has_errors(self) -> bool:
        """True when the last check found a wrong field."""
        return bool(self._errors)

    def _render(self) -> None:
        for name, (field, message) in self._fields.items():
            reason = self._errors.get(name, "")
            shown = reason if (self._show_all or name in self._touched) else ""
            message.setText(shown)
            message.setVisible(bool(shown))
            if bool(field.property("invalid")) != bool(shown):
                field.setProperty("invalid", bool(shown))
                field.style().unpolish(field)
                field.style().polish(field)
            field.setToolTip(shown)


class TimeRangeEdit(QLineEdit):
    """A daily time range, or several (``several=True``), typed as ``09:00-18:00``.

    Whatever :func:`~kamdesk.services.validation.parse_time_range` reads
    (``9:00~18:00``, ``9：00至18：00``) is rewritten in the standard form when
    the rep leaves the field; text it cannot read is left for the rep to fix.
    """

    def __init__(self, parent: QWidget | None = None, *, several: bool = False) -> None:
        super().__init__(parent)
        self._several = several
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        from kamdesk.errors import InvalidInput
        from kamdesk.services.validation import parse_time_range, parse_time_ranges

        text = self.text()
        if not text.strip():
            if text:
                self.setText("")
            return
        try:
            if self._several:
                tidy = "; ".join(str(r) for r in parse_time_ranges(text, "habitual_times"))
            else:
                tidy = str(parse_time_range(text, "time"))
        except InvalidInput:
            return
        if tidy != text:
            self.setText(tidy)


class PhonesEdit(QLineEdit):
    """Phone numbers separated by ``;``, shown in their normal form once the rep leaves the field.

    :func:`~kamdesk.services.validation.normalise_phones` reads them (region
    CN by default, extensions kept); numbers it cannot read are left as typed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        from kamdesk.errors import InvalidInput
        from kamdesk.services.accounts import phone_input_text
        from kamdesk.services.validation import normalise_phones

        text = self.text()
        try:
            tidy = "; ".join(phone_input_text(p) for p in normalise_phones(text))
        except InvalidInput:
            return
        if tidy != text:
            self.setText(tidy)


def fill_codes(combo: QComboBox, codes: Iterable[str], label: Callable[[str], str]) -> None:
    """Fills ``combo`` with "no value" then each code in words (the code as item data)."""
    current = combo.currentData()
    combo.clear()
    combo.addItem("—", "")
    for code in codes:
        combo.addItem(label(code), code)
    index = combo.findData(current if current is not None else "")
    combo.setCurrentIndex(max(index, 0))


def select_code(combo: QComboBox, code: str | None) -> None:
    """Selects ``code`` in a combo filled by :func:`fill_codes` ("no value" when unknown)."""
    combo.setCurrentIndex(max(combo.findData(code or ""), 0))


def code_of(combo: QComboBox) -> str:
    """The code selected in a combo filled by :func:`fill_codes` (``""`` for none)."""
    data = combo.currentData()
    return data if isinstance(data, str) else ""
