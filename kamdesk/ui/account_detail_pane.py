"""The Accounts page's detail pane: the selected account's fields and its contacts.

The detail is read on the database worker by
:func:`kamdesk.services.accounts.account_detail`; only the answer for the
latest selection is shown. The pane renders it as one rich-text label, every
value escaped, codes turned into words by :mod:`kamdesk.ui.labels`.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import InvalidInput
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.labels import (
    category_label,
    decision_role_label,
    lifecycle_class_label,
    milestone_label,
    moment_label,
    source_label,
)
from kamdesk.ui.style_text import recheck_text, style_line, style_tips_html

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from kamdesk.services.accounts import AccountDetail, ContactView
    from kamdesk.services.call_timing import TimingRules
    from kamdesk.services.personality import StyleView
    from kamdesk.settings import Settings
    from kamdesk.ui.share_dialog import ShareDialog
    from kamdesk.ui.timeline import TimelineWidget


def _account_detail(
    session: Session, account_id: str
) -> tuple[AccountDetail, dict[str, StyleView], tuple[str, ...]]:
    """The account's detail, each contact's personality style, who it is shared with."""
    # Imported on the database worker: the window shows before SQLAlchemy loads.
    from kamdesk.models import Account
    from kamdesk.services.accounts import account_detail
    from kamdesk.services.personality import contact_style

    detail = account_detail(session, account_id)
    account = session.get(Account, account_id)
    shared = tuple(account.shared_with or ()) if account is not None else ()
    return detail, {c.id: contact_style(session, c.id) for c in detail.contacts}, shared


class AccountDetailPane(QWidget):
    """The detail of one account, or a short note when none is selected.

    Signals:
        detail_shown(str): an account's detail is on screen (its id).
        edit_account_requested(str): "Edit…" was clicked (the account's id).
        delete_account_requested(str): "Delete" was clicked (the account's id).
        add_contact_requested(str): "Add contact…" was clicked (the account's id).
        edit_contact_requested(str, str): a contact's "Edit" link (account id, contact id).
        delete_contact_requested(str, str): a contact's "Delete" link (contact id, its name).
        call_contact_requested(str): a contact's "Call…" link (contact id).
        plan_visit_requested(str): "Plan visit…" (account id).
        assess_contact_requested(str): a contact's "Assess…" link (contact id).
        clear_style_requested(str, str): a contact's "Clear" link of its
            personality (contact id, its name).
        sharing_changed(str): the Share dialog saved who the account is
            shared with (the account's id); the pane has reloaded itself.

    Once :meth:`set_settings_source` gave it the rep's settings, the pane says
    for every contact whether now is a good time to call (or when the next one
    is), and lists the account's calls and visits below its contacts.
    """

    detail_shown = Signal(str)
    edit_account_requested = Signal(str)
    delete_account_requested = Signal(str)
    add_contact_requested = Signal(str)
    edit_contact_requested = Signal(str, str)
    delete_contact_requested = Signal(str, str)
    call_contact_requested = Signal(str)
    plan_visit_requested = Signal(str)
    assess_contact_requested = Signal(str)
    clear_style_requested = Signal(str, str)
    sharing_changed = Signal(str)

    def __init__(self, data: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountDetailPane")
        self._data = data
        self._account_id: str | None = None
        self._detail: AccountDetail | None = None
        #: each contact's personality style, by contact id
        self.styles: dict[str, StyleView] = {}
        #: the hub user names the shown account is shared with
        self.shared_with: tuple[str, ...] = ()
        #: the open Share dialog, if any
        self.share_dialog: ShareDialog | None = None
        #: the contacts whose handling tips are unfolded
        self._tips_open: set[str] = set()
        self._generation = 0
        self._settings: Callable[[], Settings] | None = None
        self._rules: TimingRules | None = None
        self.timeline: TimelineWidget | None = None

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.body = QLabel(self)
        self.body.setObjectName("accountDetailBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.body.linkActivated.connect(self._on_body_link_activated)
        self.body.linkHovered.connect(self._on_body_link_hovered)
        self.body.setContentsMargins(12, 8, 12, 12)
        self.content = QWidget(self)
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.addWidget(self.body)
        self.content_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.content)

        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editAccountButton")
        self.edit_button.clicked.connect(lambda: self._request(self.edit_account_requested))
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteAccountButton")
        self.delete_button.clicked.connect(lambda: self._request(self.delete_account_requested))
        self.add_contact_button = QPushButton(self)
        self.add_contact_button.setObjectName("addContactButton")
        self.add_contact_button.clicked.connect(lambda: self._request(self.add_contact_requested))
        self.plan_visit_button = QPushButton(self)
        self.plan_visit_button.setObjectName("planVisitButton")
        self.plan_visit_button.clicked.connect(lambda: self._request(self.plan_visit_requested))
        self.buttons = QWidget(self)
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(12, 0, 12, 0)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_contact_button)
        buttons.addWidget(self.plan_visit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.buttons.setVisible(False)  # until an account is shown

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.scroll)
        self.stack.currentChanged.connect(self._on_stack_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buttons)
        layout.addWidget(self.stack)
        self.retranslate()

    def set_settings_source(self, settings: Callable[[], Settings]) -> None:
        """Gives the pane the rep's settings: it then shows call times and the timeline."""
        from kamdesk.ui.timeline import TimelineWidget

        self._settings = settings
        self.timeline_title = QLabel(self.content)
        self.timeline_title.setObjectName("timelineTitle")
        self.timeline_title.setContentsMargins(12, 0, 12, 0)
        self.timeline = TimelineWidget(self._data, settings().timezone, self.content)
        self.timeline.setMinimumHeight(180)
        self.timeline.setContentsMargins(12, 0, 12, 12)
        self.content_layout.insertWidget(1, self.timeline_title)
        self.content_layout.insertWidget(2, self.timeline)
        self.retranslate()
        if self._account_id is not None:
            self.timeline.show_account(self._account_id)

    @property
    def account_id(self) -> str | None:
        """The account shown (or being loaded), or None."""
        return self._account_id

    def show_account(self, account_id: str | None) -> None:
        """Shows an account's detail (loaded on the worker), or the note for None."""
        self._generation += 1
        self._account_id = account_id
        self._rules = None  # read again: an office may have tuned them
        if self.timeline is not None:
            self.timeline.show_account(account_id)
        if account_id is None:
            self._detail = None
            self.stack.setCurrentWidget(self.placeholder)
            return
        if not self._data.is_open:
            return
        generation = self._generation
        self._data.read(
            lambda session: _account_detail(session, account_id),
            label=self.tr("Loading the account"),
            on_done=lambda answer: self._on_detail_loaded(generation, *answer),
            on_error=lambda _error: self._on_detail_failed(generation),
        )

    def _on_stack_current_changed(self, _index: int) -> None:
        self.buttons.setVisible(self.stack.currentWidget() is self.scroll)

    def _request(self, signal: Signal) -> None:
        if self._detail is not None:
            signal.emit(self._detail.id)  # type: ignore[attr-defined]

    def _on_body_link_activated(self, link: str) -> None:
        action, _, contact_id = link.partition(":")
        detail = self._detail
        if detail is None:
            return
        if action == "share":
            self.open_share_dialog()
            return
        contact = next((c for c in detail.contacts if c.id == contact_id), None)
        if contact is None:
            return
        if action == "edit-contact":
            self.edit_contact_requested.emit(detail.id, contact.id)
        elif action == "delete-contact":
            self.delete_contact_requested.emit(contact.id, contact.name)
        elif action == "call-contact":
            self.call_contact_requested.emit(contact.id)
        elif action == "assess-contact":
            self.assess_contact_requested.emit(contact.id)
        elif action == "clear-style":
            self.clear_style_requested.emit(contact.id, contact.name)
        elif action == "style-tips":
            self._tips_open ^= {contact.id}
            self._render()

    def _on_body_link_hovered(self, link: str) -> None:
        """The style's handling tips, or what the lock means, as a tooltip."""
        action, _, contact_id = link.partition(":")
        view = self.styles.get(contact_id)
        if action == "style-tips" and view is not None:
            QToolTip.showText(QCursor.pos(), style_tips_html(view, self._rep_style()), self.body)
        elif action == "keep-local":
            QToolTip.showText(QCursor.pos(), self.keep_local_text(), self.body)
        else:
            QToolTip.hideText()

    def keep_local_text(self) -> str:
        return self.tr("Personality notes on this person stay on this laptop: they are not synced.")

    def _rep_style(self) -> StyleView | None:
        """The rep's own style (for the pair hints), once the settings are known."""
        if self._settings is None:
            return None
        from kamdesk.services.personality import rep_style

        try:
            return rep_style(self._settings())
        except InvalidInput:
            return None

    def open_share_dialog(self) -> ShareDialog | None:
        """Opens the Share dialog on the shown account (window-modal); returns it."""
        detail = self._detail
        if detail is None:
            return None
        from kamdesk.ui.share_dialog import ShareDialog

        if self.share_dialog is not None:
            self.share_dialog.close()
        dialog = ShareDialog(
            self._data, detail.id, detail.name, self.shared_with, detail.owner, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _changed: self._on_sharing_saved(detail.id))
        dialog.destroyed.connect(lambda _obj=None: self._forget_share_dialog(dialog))
        self.share_dialog = dialog
        dialog.open()
        return dialog

    def _forget_share_dialog(self, dialog: ShareDialog) -> None:
        if self.share_dialog is dialog:
            self.share_dialog = None

    def _on_sharing_saved(self, account_id: str) -> None:
        if self._account_id == account_id:
            self.reload()
        self.sharing_changed.emit(account_id)

    def reload(self) -> None:
        """Reads the shown account again (after the data changed)."""
        self.show_account(self._account_id)

    def _on_detail_loaded(
        self,
        generation: int,
        detail: AccountDetail,
        styles: dict[str, StyleView] | None = None,
        shared_with: tuple[str, ...] = (),
    ) -> None:
        if generation != self._generation:
            return  # another account was selected meanwhile
        if self._detail is None or self._detail.id != detail.id:
            self._tips_open.clear()
        self._detail = detail
        self.styles = dict(styles or {})
        self.shared_with = tuple(shared_with)
        self._render()
        self.detail_shown.emit(detail.id)

    def _on_detail_failed(self, generation: int) -> None:
        if generation != self._generation:
            return
        # The account is gone (deleted elsewhere, or a restore): nothing to show.
        self._account_id = None
        self._detail = None
        self.stack.setCurrentWidget(self.placeholder)

    # -- rendering ----------------------------------------------------------------------

    def _render(self) -> None:
        detail = self._detail
        if detail is None:
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.body.setText(self.detail_html(detail))
        self.stack.setCurrentWidget(self.scroll)

    def detail_html(self, detail: AccountDetail) -> str:
        """The detail as rich text, every value escaped."""
        e = html.escape
        parts = [f"<h2 style='margin-bottom:2px'>{e(detail.name)}</h2>"]
        if detail.short_name:
            parts.append(f"<div style='color:gray'>{e(detail.short_name)}</div>")
        fields = [
            (self.tr("Industry"), detail.industry),
            (self.tr("Region"), detail.region),
            (self.tr("Category"), category_label(detail.category)),
            (self.tr("Class"), lifecycle_class_label(detail.lifecycle_class)),
            (self.tr("Tier"), detail.tier or ""),
            (self.tr("Milestone"), milestone_label(detail.milestone)),
            (self.tr("Owner"), self.tr("Me") if not detail.owner else detail.owner),
            (self.tr("Source"), source_label(detail.source)),
            (self.tr("Address"), detail.address),
            (self.tr("Phones"), "\n".join(detail.phones)),
            (self.tr("Website"), detail.website),
            (self.tr("Working hours"), str(detail.work_hours) if detail.work_hours else ""),
            (self.tr("Lunch"), str(detail.lunch) if detail.lunch else ""),
            (
                self.tr("Last visit"),
                moment_label(detail.last_visit.timestamp()) if detail.last_visit else "",
            ),
            (
                self.tr("Next action"),
                (
                    f"{moment_label(detail.next_action.when.timestamp())} "
                    f"{detail.next_action.title}"
                ).strip()
                if detail.next_action
                else "",
            ),
            (self.tr("Biggest project"), detail.biggest_project),
            (self.tr("Competitors"), detail.competitors),
            (self.tr("Background"), detail.background),
            (self.tr("Notes"), detail.notes),
        ]
        parts.append(self._table(fields))
        parts.append(self.sharing_html())
        contacts_title = self.tr("Contacts")
        parts.append(
            f"<h3>{e(contacts_title)} <span style='color:gray'>({len(detail.contacts)})</span></h3>"
        )
        if not detail.contacts:
            no_contacts = self.tr("No contacts yet.")
            parts.append(f"<p style='color:gray'>{e(no_contacts)}</p>")
        for contact in detail.contacts:
            parts.append(self._contact_html(contact))
        return "".join(parts)

    def sharing_text(self) -> str:
        """ "Shared with: 李娜, 王芳" or "Not shared"."""
        if not self.shared_with:
            return self.tr("Not shared")
        return self.tr("Shared with: %1").replace("%1", ", ".join(self.shared_with))

    def sharing_html(self) -> str:
        """The sharing line with its "Share…" link."""
        e = html.escape
        share = self.tr("Share…")
        return (
            f"<p style='margin-top:4px;margin-bottom:0'>{e(self.sharing_text())}"
            f" · <a href='share:'>{_unbroken(e(share))}</a></p>"
        )

    def _contact_html(self, contact: ContactView) -> str:
        e = html.escape
        heading = f"<b>{e(contact.name)}</b>"
        if contact.keep_local:
            from kamdesk.ui.icons import icon_path

            heading += (
                f" <a href='keep-local:{e(contact.id)}' style='text-decoration:none'>"
                f"<img src='{e(icon_path('lock'))}' width='12' height='12'></a>"
            )
        role = " · ".join(
            part
            for part in (
                contact.title,
                contact.department,
                decision_role_label(contact.decision_role),
            )
            if part
        )
        if role:
            heading += f" <span style='color:gray'>{e(role)}</span>"
        edit, delete = self.tr("Edit"), self.tr("Delete")
        call = self.tr("Call…")
        calling = (
            f"<a href='call-contact:{e(contact.id)}'>{e(call)}</a> · "
            if self._settings is not None
            else ""
        )
        heading += (
            f" &nbsp;{calling}<a href='edit-contact:{e(contact.id)}'>{e(edit)}</a>"
            f" · <a href='delete-contact:{e(contact.id)}'>{e(delete)}</a>"
        )
        status = self.call_status_text(contact)
        if status:
            heading += f"<br><span style='color:#2e7d32'>☎ {e(status)}</span>"
        fields = [
            (self.tr("Phones"), "\n".join(contact.phones)),
            (self.tr("E-mail"), contact.email),
            (self.tr("Working hours"), str(contact.work_hours) if contact.work_hours else ""),
            (self.tr("Lunch"), str(contact.lunch) if contact.lunch else ""),
            (
                self.tr("Knows you"),
                self.tr("Yes, known to you") if contact.known_to_rep else self.tr("Not yet"),
            ),
        ]
        return (
            f"<p style='margin-top:10px;margin-bottom:0'>{heading}</p>"
            + self._table(fields)
            + self.style_html(contact)
        )

    def style_html(self, contact: ContactView) -> str:
        """The contact's style with its confidence, the links to assess or clear it, the tips."""
        e = html.escape
        view = self.styles.get(contact.id)
        if view is None:
            return ""
        cid = e(contact.id)
        line = style_line(view)
        if view.style is not None:
            shown = f"<a href='style-tips:{cid}'>{e(line)}</a>"
        else:
            shown = f"<span style='color:gray'>{e(line)}</span>"
        if view.status == "not_assessed":
            assess = self.tr("Assess…")
        elif view.status == "labelled" and (
            view.override is None or view.override.kind != "chosen"
        ):
            assess = self.tr("Assess to confirm…")
        elif view.recheck is not None and view.recheck.needed:
            assess = self.tr("Check again…")
        else:
            assess = self.tr("Add observations…")
        links = f"<a href='assess-contact:{cid}'>{_unbroken(e(assess))}</a>"
        if view.status != "not_assessed":
            clear = self.tr("Clear")
            links += f" · <a href='clear-style:{cid}'>{_unbroken(e(clear))}</a>"
        label = self.tr("Personality")
        parts = [
            "<table cellspacing='0' cellpadding='2'><tr>"
            f"<td style='color:gray;padding-right:12px' valign='top'>{e(label)}</td>"
            f"<td>{shown} &nbsp;<span style='white-space:nowrap'>{links}</span></td></tr></table>"
        ]
        prompt = recheck_text(view)
        if prompt:
            parts.append(f"<div style='color:#b26a00'>{e(prompt)}</div>")
        if contact.id in self._tips_open and view.style is not None:
            parts.append(
                "<div style='margin-left:12px;background:#f5f5f5'>"
                f"{style_tips_html(view, self._rep_style(), headline=False)}</div>"
            )
        return "".join(parts)

    def call_status_text(self, contact: ContactView) -> str:
        """ "good time to call, until 17:30" or "next good time: Tue 09:30", now."""
        if self._settings is None:
            return ""
        from datetime import UTC, datetime
        from types import SimpleNamespace

        from kamdesk.services import call_timing

        settings = self._settings()
        if self._rules is None:
            try:
                self._rules = call_timing.load_rules(self._data.paths.root)
            except InvalidInput:
                self._rules = call_timing.load_rules()  # the office's file is broken
        hours, lunch = contact.work_hours, contact.lunch
        stored = SimpleNamespace(
            work_start=hours.start if hours else None,
            work_end=hours.end if hours else None,
            lunch_start=lunch.start if lunch else None,
            lunch_end=lunch.end if lunch else None,
            timezone=contact.timezone,
            habitual_times=[[r.start, r.end] for r in contact.habitual_times],
            known_to_rep=contact.known_to_rep,
        )
        detail = self._detail
        account = None
        if detail is not None and detail.work_hours is not None:
            account = SimpleNamespace(
                work_start=detail.work_hours.start,
                work_end=detail.work_hours.end,
                lunch_start=detail.lunch.start if detail.lunch else None,
                lunch_end=detail.lunch.end if detail.lunch else None,
            )
        profile = call_timing.profile_of(stored, settings, account)
        now = datetime.now(UTC)
        status = call_timing.call_status(profile, now, self._rules)
        return call_timing.describe_status(status, now, settings.timezone)

    @staticmethod
    def _table(fields: list[tuple[str, str]]) -> str:
        rows = "".join(
            f"<tr><td style='color:gray;padding-right:12px' valign='top'>"
            f"{html.escape(label)}</td>"
            f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
            for label, value in fields
            if value
        )
        return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.timeline is not None:
            title = self.tr("Calls and visits")
            self.timeline_title.setText(f"<h3>{html.escape(title)}</h3>")
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this account (F2)"))
        self.add_contact_button.setText(self.tr("Add contact…"))
        self.add_contact_button.setToolTip(self.tr("Add a contact to this account (Ctrl+Shift+N)"))
        self.plan_visit_button.setText(self.tr("Plan visit…"))
        self.plan_visit_button.setToolTip(
            self.tr("Plan a visit to this account's people (Ctrl+Shift+V)")
        )
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete this account with its contacts and visits (Del)")
        )
        self.placeholder.setText(
            self.tr("Select an account in the table to see its details and contacts.")
        )
        self._render()


def _unbroken(text: str) -> str:
    """``text`` that a line never breaks inside a Chinese word: Qt's rich text breaks
    between any two Chinese characters ("清" / "除") and ignores ``white-space: nowrap``
    in a table cell, but keeps characters joined by U+2060 WORD JOINER together."""
    return re.sub(r"(?<=[\u3400-\u9fff])(?=[\u3400-\u9fff])", "\u2060", text)
