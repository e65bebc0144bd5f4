"""The main window: navigation on the left, the pages, menus and the status bar.

The window is thin: it builds the pages, connects signals and starts tasks
on the :class:`~kamdesk.ui.data_context.DataContext`. All database and file
work (backup, restore, demo data, every read) runs on the task runner.

It shows fast (issue 2): only the page shown first is built before the window
shows; the others are built one per turn of the event loop once the window
has painted, or at once when something asks for them (navigation, a
shortcut, :meth:`MainWindow.page`). What the first frame needs does not touch
``PySide6.QtCore.Qt``: the first use of that namespace makes PySide build the
Python enums of all of it (about a hundred classes, some 50 ms), so
enum-valued properties are set by name (:func:`set_enum_property`) and ``Qt``
is imported where it is used after the first frame.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.settings import Settings, save_settings
from kamdesk.ui import desktop
from kamdesk.ui.data_context import DataContext
from kamdesk.ui.icons import app_icon, tinted_icon
from kamdesk.ui.messages import MessageBoxes, describe_error
from kamdesk.ui.style import main_window_stylesheet
from kamdesk.ui.tasks import TaskContext, TaskHandle
from kamdesk.ui.translations import install_translations, language_for

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from kamdesk.backup import BackupInfo
    from kamdesk.services.demo import DemoRows
    from kamdesk.services.overview import ClientBookSummary
    from kamdesk.ui.account_editing import AccountEditing
    from kamdesk.ui.accounts_page import AccountsPage
    from kamdesk.ui.briefing_scheduler import BriefingScheduler
    from kamdesk.ui.calls_page import CallsPage
    from kamdesk.ui.today_page import TodayPage
    from kamdesk.ui.visits_page import VisitsPage

#: The pages, in navigation order; their icons are ``resources/icons/<name>.svg``.
PAGES = ("today", "accounts", "calls", "visits")
#: How many demo accounts Help ▸ Load demo data makes.
DEMO_ACCOUNTS = 200
DEFAULT_SIZE = QSize(1200, 760)
_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
_PAGE_KEY = "main_window/page"
_VISITS_VIEW_KEY = "visits/view"
_STATUS_MS = 12_000


def _escape_html(text: str) -> str:
    """``html.escape(text)``, without importing ``html`` on the way to the first frame."""
    for character, entity in (
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ('"', "&quot;"),
        ("'", "&#x27;"),
    ):
        text = text.replace(character, entity)
    return text


def set_enum_property(target: QObject, name: str, keys: str) -> None:
    """Sets the enum or flags property ``name`` by its keys' names (``"AlignLeft|AlignTop"``).

    For widgets of the first frame: Qt converts the names itself, so the
    Python enums of ``Qt`` need not exist yet (see the module's docstring).

    Raises:
        ValueError: ``target`` has no such property, or it takes no such keys.
    """
    if not target.setProperty(name, keys):
        raise ValueError(f"cannot set {type(target).__name__}.{name} to {keys!r}")


class MainWindow(QMainWindow):
    """kamdesk's window on one data directory.

    Args:
        data: the data directory (open, or being opened) and its task runner.
        settings: the settings in force.
        settings_writable: False when the settings file could not be read; the
            window then never overwrites it on its own (only an explicit save
            in the Settings dialog does).

    Signals:
        settings_saved(object): new :class:`Settings` were saved and applied.
        demo_loaded(object): demo data was added (the service's result).
        demo_removed(object): demo data was removed (the service's ``DemoRows``).
        backup_made(object): File ▸ Back up now wrote this :class:`Path`.
        restored(object): a backup was restored; where the old database was kept (or None).
        first_painted: the window has painted for the first time (emitted once,
            from the event loop, after that paint).
    """

    settings_saved = Signal(object)
    demo_loaded = Signal(object)
    demo_removed = Signal(object)
    backup_made = Signal(object)
    restored = Signal(object)
    first_painted = Signal()

    def __init__(
        self,
        data: DataContext,
        settings: Settings,
        *,
        settings_writable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._settings = settings
        self._settings_writable = settings_writable
        self._summary: ClientBookSummary | None = None
        self.demo_progress: QProgressDialog | None = None
        self._painted = False
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")

        # Every page has its place from the start; a stand-in holds it until
        # the page is built (see page()). The page shown first is built now,
        # before the navigation, so that it comes first in the focus chain.
        self._built_pages: dict[str, QWidget] = {}
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        for _name in PAGES:
            self.pages.addWidget(QWidget(self.pages))
        self.page(self._saved_page())

        self.navigation = QListWidget(self)  # takes the focus by tab and click
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        set_enum_property(self.navigation, "verticalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum_property(self.navigation, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        for _name in PAGES:
            self.navigation.addItem(QListWidgetItem())
        self._paint_navigation_icons()
        self.brand_icon = QLabel(self)
        self.brand_icon.setPixmap(app_icon().pixmap(28, 28))
        self.brand_name = QLabel("kamdesk", self)
        self.brand_name.setObjectName("brandName")
        font = self.brand_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(font.Weight.DemiBold)
        self.brand_name.setFont(font)
        brand = QHBoxLayout()
        brand.setContentsMargins(10, 0, 0, 0)
        brand.setSpacing(10)
        brand.addWidget(self.brand_icon)
        brand.addWidget(self.brand_name)
        brand.addStretch(1)
        nav_panel = QWidget(self)  # a plain QWidget: its style sheet paints its background
        nav_panel.setObjectName("navPanel")
        nav_panel.setFixedWidth(216)
        nav_layout = QVBoxLayout(nav_panel)
        nav_layout.setContentsMargins(12, 20, 12, 12)
        nav_layout.setSpacing(18)
        nav_layout.addLayout(brand)
        nav_layout.addWidget(self.navigation, 1)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(nav_panel)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.sync_status_label = QLabel(self)
        self.sync_status_label.setObjectName("syncStatus")
        self.sync_status_label.setVisible(False)  # the sync state goes here once there is sync
        self.data_location_label = QLabel(self)
        self.data_location_label.setObjectName("dataLocation")
        set_enum_property(self.data_location_label, "textFormat", "PlainText")
        set_enum_property(self.data_location_label, "textInteractionFlags", "TextSelectableByMouse")
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        status.addPermanentWidget(self.sync_status_label)
        status.addPermanentWidget(self.data_location_label)

        self._create_actions()
        self._create_menus()
        from kamdesk.ui.file_actions import FileTransferActions

        self.file_transfer = FileTransferActions(self, data)
        from kamdesk.ui.sync_actions import SyncActions

        #: Sync now (F5), Sign in…, Conflicts… and the sync indicator in the status bar
        self.sync = SyncActions(self, data)
        from kamdesk.ui.search_preparer import SearchPreparer

        #: the search index's background build after a first download
        self.search_preparer = SearchPreparer(self, data)
        self.search_preparer.start()
        self.setStyleSheet(main_window_stylesheet(self.palette()))

        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        data.data_changed.connect(self._on_data_changed)
        data.read_failed.connect(self._on_data_read_failed)
        self.first_painted.connect(self._build_next_page)

        self.retranslate()
        self._restore_window_state()
        self._on_data_changed()

    # -- building -----------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.open_folder_action = QAction(self)
        self.open_folder_action.triggered.connect(self.open_data_folder)
        self.quit_action = QAction(self)
        # setShortcuts() with a list: setShortcut() takes the Qt.Key overloads
        # into account, which builds the Qt namespace (see the module's docstring).
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.settings_action = QAction(self)
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.edit_settings)
        self.page_actions: list[QAction] = []
        group = QActionGroup(self)
        group.setExclusive(True)
        for index, _name in enumerate(PAGES):
            action = QAction(self)
            action.setCheckable(True)
            action.setShortcuts([QKeySequence(f"Ctrl+{index + 1}")])
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            group.addAction(action)
            self.page_actions.append(action)
        self.find_action = QAction(self)
        self.find_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.find_account)
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(lambda: self.load_demo_data())
        self.remove_demo_action = QAction(self)
        self.remove_demo_action.triggered.connect(lambda: self.remove_demo_data())
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.new_account_action = QAction(self)
        new = QKeySequence.keyBindings(QKeySequence.StandardKey.New)
        self.new_account_action.setShortcuts(new or [QKeySequence("Ctrl+N")])
        self.new_account_action.triggered.connect(self.new_account)
        self.new_contact_action = QAction(self)
        self.new_contact_action.setShortcuts([QKeySequence("Ctrl+Shift+N")])
        self.new_contact_action.triggered.connect(self.new_contact)
        self.edit_account_action = QAction(self)
        self.edit_account_action.setShortcuts([QKeySequence("F2"), QKeySequence("Ctrl+E")])
        self.edit_account_action.triggered.connect(self.edit_account)
        self.delete_account_action = QAction(self)
        # Del alone: the platform's other Delete keys (Ctrl+D on X11) are too easily hit.
        self.delete_account_action.setShortcuts([QKeySequence("Del")])
        self.delete_account_action.triggered.connect(self.delete_account)
        self.new_visit_action = QAction(self)
        self.new_visit_action.setShortcuts([QKeySequence("Ctrl+Shift+V")])
        self.new_visit_action.triggered.connect(lambda: self.new_visit())
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.setEnabled(False)  # nothing to undo yet
        self.undo_action.triggered.connect(self.undo)
        # One Ctrl+P for the window, routed to the visit selected on the page shown. The
        # visit editor's own Ctrl+P lives in the editor's window, so the two never compete.
        self.preview_report_action = QAction(self)
        self.preview_report_action.setShortcuts([QKeySequence("Ctrl+P")])
        self.preview_report_action.triggered.connect(self.preview_selected_visit)
        self.export_reports_action = QAction(self)
        self.export_reports_action.triggered.connect(lambda: self.export_week_reports())
        self.next_briefing_action = QAction(self)
        self.next_briefing_action.setShortcuts([QKeySequence("Ctrl+Shift+B")])
        self.next_briefing_action.triggered.connect(lambda: self.brief_next_visit())
        #: pops the briefing before each planned visit (started once the data is open)
        self.briefing_scheduler: BriefingScheduler | None = None
        self._editing: AccountEditing | None = None

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.preview_report_action)
        self.file_menu.addAction(self.export_reports_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.open_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.new_account_action)
        self.edit_menu.addAction(self.new_contact_action)
        self.edit_menu.addAction(self.edit_account_action)
        self.edit_menu.addAction(self.delete_account_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.new_visit_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.view_menu = bar.addMenu("")
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.next_briefing_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.demo_action)
        self.help_menu.addAction(self.remove_demo_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _paint_navigation_icons(self) -> None:
        palette = self.palette()
        normal = palette.color(QPalette.ColorRole.WindowText)
        normal.setAlpha(190)
        accent = palette.color(QPalette.ColorRole.Highlight)
        selected = (
            accent.lighter(150)
            if palette.color(QPalette.ColorRole.Window).lightness() < 128
            else accent.darker(135)
        )
        for row, name in enumerate(PAGES):
            item = self.navigation.item(row)
            assert item is not None
            item.setIcon(tinted_icon(name, normal, selected))

    # -- pages ----------------------------------------------------------------------------

    @property
    def today_page(self) -> TodayPage:
        return cast("TodayPage", self.page("today"))

    @property
    def accounts_page(self) -> AccountsPage:
        return cast("AccountsPage", self.page("accounts"))

    @property
    def calls_page(self) -> CallsPage:
        return cast("CallsPage", self.page("calls"))

    @property
    def visits_page(self) -> VisitsPage:
        return cast("VisitsPage", self.page("visits"))

    def page(self, name: str) -> QWidget:
        """The page ``name`` (one of :data:`PAGES`), built now if it was not yet."""
        page = self._built_pages.get(name)
        if page is None:
            page = self._build_page(name)
        return page

    def _build_page(self, name: str) -> QWidget:
        page: QWidget
        if name == "today":
            from kamdesk.ui.today_page import TodayPage

            today = TodayPage(self._data, self, settings=lambda: self._settings)
            today.demo_requested.connect(lambda: self.load_demo_data())
            today.call_requested.connect(self.call_contact)
            today.all_calls_requested.connect(lambda: self.show_page("calls"))
            today.summary_loaded.connect(self._on_today_summary_loaded)
            today.visit_open_requested.connect(self.open_visit)
            today.report_preview_requested.connect(self.preview_visit)
            today.briefing_requested.connect(self.open_briefing)
            page = today
        elif name == "accounts":
            from kamdesk.ui.accounts_page import AccountsPage

            accounts = AccountsPage(self._data, self)
            accounts.demo_requested.connect(lambda: self.load_demo_data())
            self._connect_account_editing(accounts)
            accounts.detail.set_settings_source(lambda: self._settings)
            accounts.detail.call_contact_requested.connect(self.call_contact)
            accounts.detail.plan_visit_requested.connect(lambda a: self.new_visit(account_id=a))
            page = accounts
        elif name == "calls":
            from kamdesk.ui.calls_page import CallsPage

            calls = CallsPage(self._data, lambda: self._settings, self)
            calls.call_requested.connect(self.call_contact)
            page = calls
        elif name == "visits":
            from kamdesk.ui.visits_page import VisitsPage

            visits = VisitsPage(self._data, lambda: self._settings, self)
            visits.set_view_mode(self._settings.ui_state.get(_VISITS_VIEW_KEY, "week"))
            visits.visit_open_requested.connect(self.open_visit)
            visits.edit_plan_requested.connect(self.edit_visit_plan)
            visits.plan_requested.connect(lambda start: self.new_visit(start=start))
            visits.delete_requested.connect(lambda v, d: self.editing.delete_visit(v, d))
            visits.report_preview_requested.connect(self.preview_visit)
            visits.reports_export_requested.connect(self.export_visit_reports)
            visits.briefing_requested.connect(self.open_briefing)
            page = visits
        else:
            raise ValueError(f"no page {name!r}")
        index = PAGES.index(name)
        stand_in = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        self.pages.setCurrentIndex(current)
        self._built_pages[name] = page
        return page

    def _build_next_page(self) -> None:
        """Builds the first page not built yet, then comes back for the next one.

        One page per turn of the event loop, so that input and painting are
        never held up for longer than one page takes.
        """
        name = next((name for name in PAGES if name not in self._built_pages), None)
        if name is not None:
            self._build_page(name)
            QTimer.singleShot(0, self, self._build_next_page)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)

    # -- navigation ---------------------------------------------------------------------

    @property
    def current_page(self) -> str:
        return PAGES[self.pages.currentIndex()]

    def show_page(self, page: int | str) -> None:
        """Shows a page by its index or its name in :data:`PAGES`."""
        index = PAGES.index(page) if isinstance(page, str) else page
        self.navigation.setCurrentRow(index)

    def find_account(self) -> None:
        """Edit ▸ Find (Ctrl+F): the Accounts page, the cursor in its search box."""
        self.show_page("accounts")
        self.accounts_page.focus_search()

    # -- editing accounts and contacts ---------------------------------------------------

    @property
    def editing(self) -> AccountEditing:
        """Creating, editing and deleting accounts and contacts, and Undo (built when first used)."""
        if self._editing is None:
            from kamdesk.ui.account_editing import AccountEditing

            editing = AccountEditing(self._data, self)
            editing.changed.connect(self._on_editing_changed)
            editing.account_shown.connect(self._on_editing_account_shown)
            editing.undo_changed.connect(self._update_undo_action)
            editing.status.connect(lambda text: self.statusBar().showMessage(text, _STATUS_MS))
            self._editing = editing
        return self._editing

    def _connect_account_editing(self, accounts: AccountsPage) -> None:
        detail = accounts.detail
        detail.edit_account_requested.connect(lambda a: self.editing.edit_account(a))
        detail.delete_account_requested.connect(lambda a: self.editing.delete_account(a))
        detail.add_contact_requested.connect(lambda a: self.editing.new_contact(a))
        detail.edit_contact_requested.connect(lambda a, c: self.editing.edit_contact(a, c))
        detail.delete_contact_requested.connect(lambda c, n: self.editing.delete_contact(c, n))
        detail.assess_contact_requested.connect(
            lambda c: self.editing.assess_contact(c, self._settings)
        )
        detail.clear_style_requested.connect(lambda c, n: self.editing.clear_style(c, n))

    def _selected_account(self) -> str | None:
        """The account shown on the Accounts page; says so on the status bar when there is none."""
        account_id = None
        if self.current_page == "accounts" and self._data.is_open:
            account_id = self.accounts_page.current_account_id
        if account_id is None:
            self.statusBar().showMessage(
                self.tr("Select an account on the Accounts page first."), _STATUS_MS
            )
        return account_id

    def new_account(self) -> None:
        """Edit ▸ New account (Ctrl+N): the account dialog, empty."""
        if self._data.is_open:
            self.show_page("accounts")
            self.editing.new_account()

    def new_contact(self) -> None:
        """Edit ▸ New contact (Ctrl+Shift+N): a contact for the account shown."""
        account_id = self._selected_account()
        if account_id is not None:
            self.editing.new_contact(account_id)

    def edit_account(self) -> None:
        """Edit ▸ Edit account (F2, Ctrl+E): the account dialog on the account shown."""
        account_id = self._selected_account()
        if account_id is not None:
            self.editing.edit_account(account_id)

    def delete_account(self) -> None:
        """Edit ▸ Delete account (Del): asks, saying what goes with it, then deletes."""
        account_id = self._selected_account()
        if account_id is not None:
            self.editing.delete_account(account_id)

    def undo(self) -> None:
        """Edit ▸ Undo (Ctrl+Z): brings back what was deleted last."""
        if self._editing is not None:
            self._editing.undo()

    def _update_undo_action(self) -> None:
        editing = self._editing
        if editing is None or not editing.can_undo:
            self.undo_action.setText(self.tr("&Undo"))
            self.undo_action.setEnabled(False)
        else:
            self.undo_action.setText(editing.undo_text())
            self.undo_action.setEnabled(True)

    def _on_editing_changed(self, changed: object) -> None:
        accounts = self._built_pages.get("accounts")
        if getattr(changed, "op", "") == "deleted" and getattr(changed, "entity", "") == "account":
            detail = cast("AccountsPage", accounts).detail if accounts is not None else None
            if detail is not None and detail.account_id in getattr(changed, "ids", ()):
                detail.show_account(None)  # it is gone: no reload of it
        self._data.data_changed.emit()

    def _on_editing_account_shown(self, account_id: str) -> None:
        self.show_page("accounts")
        self.accounts_page.select_account_when_listed(account_id)

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.page(PAGES[row])
        self.pages.setCurrentIndex(row)
        self.page_actions[row].setChecked(True)

    def bring_to_front(self) -> None:
        """Raises and activates the window (another start asked for it)."""
        from PySide6.QtCore import Qt

        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # -- data ---------------------------------------------------------------------------

    def new_visit(self, account_id: str | None = None, start: object = None) -> None:
        """Edit ▸ New visit (Ctrl+Shift+V): the plan-visit dialog, for the account shown if any."""
        if not self._data.is_open:
            return
        from datetime import datetime

        from kamdesk.ui.visit_plan_dialog import open_visit_plan_dialog

        if account_id is None and self.current_page == "accounts":
            account_id = self.accounts_page.current_account_id
        dialog = open_visit_plan_dialog(
            self,
            self._data,
            self._settings,
            account_id=account_id,
            start=start if isinstance(start, datetime) else None,
        )
        dialog.saved.connect(self._on_visit_saved)

    def edit_visit_plan(self, visit_id: str) -> None:
        """The plan-visit dialog on ``visit_id``."""
        from kamdesk.ui.visit_plan_dialog import open_visit_plan_dialog

        dialog = open_visit_plan_dialog(self, self._data, self._settings, visit_id=visit_id)
        dialog.saved.connect(self._on_visit_saved)

    def open_visit(self, visit_id: str) -> None:
        """Opens the visit's report editor (its own window; it saves as the rep types)."""
        from kamdesk.ui.visit_editor import open_visit_editor

        editor = open_visit_editor(self, self._data, visit_id)
        if not editor.property("windowRefreshes"):  # an editor already open is connected
            editor.setProperty("windowRefreshes", True)
            editor.visit_saved.connect(self._on_visit_report_saved)

    # -- visit reports ------------------------------------------------------------------

    def selected_visit_id(self) -> str | None:
        """The visit selected on the page shown (Visits or Today), or None."""
        if self.current_page == "visits":
            return self.visits_page.current_visit_id()
        if self.current_page == "today":
            return self.today_page.current_visit_id()
        return None

    def preview_selected_visit(self) -> None:
        """File ▸ Preview visit report (Ctrl+P): the report of the visit selected on the page."""
        if not self._data.is_open:
            return
        visit_id = self.selected_visit_id()
        if visit_id is None:
            self.statusBar().showMessage(
                self.tr("Select a visit on the Visits or Today page first."), _STATUS_MS
            )
            return
        self.preview_visit(visit_id)

    def preview_visit(self, visit_id: str) -> QWidget:
        """Shows ``visit_id``'s report as a PDF, with Save as PDF… (a window of its own)."""
        from kamdesk.ui.report_export import preview_visit_report

        return preview_visit_report(self, self._data, visit_id)

    def export_visit_reports(self, visit_ids: object) -> QWidget | None:
        """Asks one PDF or one file each and where, then writes the reports of ``visit_ids``."""
        from kamdesk.ui.report_export import export_visit_reports

        if not self._data.is_open:
            return None
        ids = [str(visit_id) for visit_id in cast("list[str]", visit_ids)]
        return export_visit_reports(self, self._data, ids)

    def export_week_reports(self) -> TaskHandle | None:
        """File ▸ Export visit reports…: the visits of the week the Visits page shows.

        The page shows this week until the rep goes to another one. The week's
        visits are read afresh, so visits just planned elsewhere are in.
        """
        if not self._data.is_open:
            return None
        from kamdesk.ui.visits_page import day_bounds, load_visits

        page = self.visits_page
        start, end = day_bounds(page.monday, 7, page.rep_zone)
        return self._data.read(
            lambda session: [visit.id for visit in load_visits(session, start, end)],
            label=self.tr("Listing the week's visits"),
            on_done=self.export_visit_reports,
        )

    # -- briefing ---------------------------------------------------------------------

    def open_briefing(self, visit_id: str) -> QWidget:
        """The pre-visit briefing of ``visit_id`` (a window of its own)."""
        from kamdesk.ui.briefing_window import open_briefing

        window = open_briefing(self, self._data, lambda: self._settings, visit_id)
        if not window.property("windowRefreshes"):
            window.setProperty("windowRefreshes", True)
            window.visit_changed.connect(self._on_visit_report_saved)
        return window

    def brief_next_visit(self) -> TaskHandle | None:
        """View ▸ Briefing for the next visit (Ctrl+Shift+B)."""
        if not self._data.is_open:
            return None
        from datetime import UTC, datetime

        from kamdesk.ui.briefing_scheduler import next_visit_id

        now = datetime.now(UTC)
        return self._data.read(
            lambda session: next_visit_id(session, now),
            label=self.tr("Looking for the next visit"),
            on_done=self._on_next_visit_found,
        )

    def _on_next_visit_found(self, visit_id: str | None) -> None:
        if visit_id is None:
            self.statusBar().showMessage(self.tr("No planned visit ahead."), _STATUS_MS)
        else:
            self.open_briefing(visit_id)

    def _start_briefing_scheduler(self) -> None:
        from kamdesk.ui.briefing_scheduler import BriefingScheduler

        self.briefing_scheduler = BriefingScheduler(
            self._data, lambda: self._settings, self, opener=self.open_briefing, parent=self
        )
        self.briefing_scheduler.start()

    def _on_visit_report_saved(self, _visit_id: str) -> None:
        # The editor saves as the rep types: reload only what lists visits, not every page.
        visits = self._built_pages.get("visits")
        if visits is not None:
            cast("VisitsPage", visits).refresh()
        today = self._built_pages.get("today")
        if today is not None:
            cast("TodayPage", today).refresh_visits()

    def _on_visit_saved(self, saved: object) -> None:
        self.statusBar().showMessage(self.tr("Visit saved."), _STATUS_MS)
        self._data.data_changed.emit()

    def call_contact(self, contact_id: str) -> None:
        """Opens the guided phone invitation for ``contact_id``; pages reload once it is logged."""
        from kamdesk.ui.call_dialog import open_call_dialog

        dialog = open_call_dialog(self, self._data, self._settings, contact_id)
        dialog.call_logged.connect(lambda _result: self._data.data_changed.emit())

    def _on_data_changed(self) -> None:
        """Enables what needs the open store; the pages reload themselves."""
        is_open = self._data.is_open
        for action in (
            self.backup_action,
            self.restore_action,
            self.demo_action,
            self.remove_demo_action,
            self.preview_report_action,
            self.export_reports_action,
            self.next_briefing_action,
        ):
            action.setEnabled(is_open)
        if is_open and self.briefing_scheduler is None:
            self._start_briefing_scheduler()
        if is_open:
            if self.statusBar().currentMessage() == self._opening_message():
                self.statusBar().clearMessage()
        else:
            self.statusBar().showMessage(self._opening_message())

    def _opening_message(self) -> str:
        return self.tr("Opening your data…")

    def _on_today_summary_loaded(self, summary: ClientBookSummary) -> None:
        self._summary = summary

    def _on_data_read_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Your data could not be read: %1").replace("%1", message), _STATUS_MS
        )

    def load_demo_data(
        self, accounts: int = DEMO_ACCOUNTS, *, confirm: bool = True
    ) -> TaskHandle | None:
        """Help ▸ Load demo data: adds demo accounts, with progress and Cancel.

        Args:
            accounts: how many demo accounts to make.
            confirm: ask first (``kamdesk --demo`` fills a fresh folder without asking).

        Returns:
            The task, or None when the rep declined or demo data is already loading.
        """
        if self.demo_progress is not None:
            return None
        if confirm and not self._confirm_demo(accounts):
            return None
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        from kamdesk.services.demo import generate_demo

        progress = QProgressDialog(self)
        progress.setWindowTitle(self.tr("Demo data"))
        progress.setLabelText(self.tr("Creating demo accounts and contacts…"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, 0)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumWidth(420)
        self.demo_progress = progress

        def work(session, ctx: TaskContext):  # type: ignore[no-untyped-def]
            return generate_demo(session, accounts, progress=ctx.progress, cancel=ctx.cancel)

        handle = self._data.write(
            work,
            label=self.tr("Creating demo data"),
            on_done=self._on_demo_done,
            on_error=self._on_demo_failed,
            on_progress=self._on_demo_progress,
        )
        if handle is None:  # the window is closing
            self._close_demo_progress()
            return None
        handle.cancelled.connect(self._on_demo_cancelled)
        progress.canceled.connect(handle.cancel)
        progress.show()
        self.statusBar().showMessage(self.tr("Creating demo data…"))
        return handle

    def _confirm_demo(self, accounts: int) -> bool:
        existing = self._summary.accounts if self._summary is not None else 0
        text = self.tr(
            "This adds %n demo accounts, with contacts, visits and follow-ups, to your data "
            "folder. Use it to look around; Help ▸ Remove demo data takes them out again. "
            "Demo data never goes to the office hub: this folder does not sync while it holds "
            "some.",
            "",
            accounts,
        )
        if existing:
            text += "\n\n" + self.tr(
                "Your data folder already holds %n accounts: the demo accounts will be mixed "
                "in with them.",
                "",
                existing,
            )
        return MessageBoxes.confirm(
            self, self.tr("Load demo data"), text, self.tr("Load demo data")
        )

    def _on_demo_progress(self, done: int, total: int, _message: str) -> None:
        if self.demo_progress is not None:
            self.demo_progress.setRange(0, max(total, 0))
            self.demo_progress.setValue(min(done, total) if total else 0)

    def _close_demo_progress(self) -> None:
        if self.demo_progress is not None:
            self.demo_progress.close()
            self.demo_progress.deleteLater()
            self.demo_progress = None

    def _on_demo_done(self, result: object) -> None:
        self._close_demo_progress()
        accounts = getattr(result, "accounts", 0)
        contacts = getattr(result, "contacts", 0)
        self.statusBar().showMessage(
            self.tr("Demo data loaded: %1 accounts and %2 contacts.")
            .replace("%1", str(accounts))
            .replace("%2", str(contacts)),
            _STATUS_MS,
        )
        self._data.data_changed.emit()
        self.demo_loaded.emit(result)

    def _on_demo_cancelled(self) -> None:
        self._close_demo_progress()
        self.statusBar().showMessage(
            self.tr("Demo data was not loaded; nothing was changed."), _STATUS_MS
        )

    def _on_demo_failed(self, error: BaseException) -> None:
        self._close_demo_progress()
        self.statusBar().clearMessage()
        MessageBoxes.warning(
            self,
            self.tr("Demo data"),
            self.tr("The demo data could not be created: %1\n\nNothing was changed.").replace(
                "%1", describe_error(error)
            ),
        )

    def remove_demo_data(self) -> TaskHandle | None:
        """Help ▸ Remove demo data: says what goes, asks, then removes it in one transaction.

        Returns:
            The task that counts the demo rows, or None while the window closes.
        """
        from kamdesk.services.demo import demo_rows

        return self._data.read(
            demo_rows,
            label=self.tr("Counting the demo data"),
            on_done=self._confirm_remove_demo,
            on_error=self._on_remove_demo_failed,
        )

    def _confirm_remove_demo(self, rows: DemoRows) -> None:
        title = self.tr("Remove demo data")
        if not rows.total:
            MessageBoxes.information(
                self, title, self.tr("There is no demo data in this data folder.")
            )
            return
        text = (
            self.tr(
                "Remove the demo data? Demo accounts: %1, with contacts: %2, visits: %3 and "
                "follow-ups: %4. Whatever you added to a demo account goes with it; your own "
                "accounts stay."
            )
            .replace("%1", str(rows.accounts))
            .replace("%2", str(rows.contacts))
            .replace("%3", str(rows.visits))
            .replace("%4", str(rows.tasks))
        )
        if not MessageBoxes.confirm(self, title, text, self.tr("Remove demo data")):
            return
        from kamdesk.services.demo import remove_demo

        self.statusBar().showMessage(self.tr("Removing the demo data…"))
        self._data.write(
            lambda session, _ctx: remove_demo(session),
            label=self.tr("Removing the demo data"),
            on_done=self._on_demo_removed,
            on_error=self._on_remove_demo_failed,
        )

    def _on_demo_removed(self, removed: object) -> None:
        self.statusBar().showMessage(
            self.tr("Demo data removed: demo accounts: %1. This folder can sync again.").replace(
                "%1", str(getattr(removed, "accounts", 0))
            ),
            _STATUS_MS,
        )
        self._data.data_changed.emit()
        self.demo_removed.emit(removed)

    def _on_remove_demo_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        MessageBoxes.warning(
            self,
            self.tr("Remove demo data"),
            self.tr("The demo data could not be removed: %1\n\nNothing was changed.").replace(
                "%1", describe_error(error)
            ),
        )

    # -- files --------------------------------------------------------------------------

    def back_up_now(self) -> TaskHandle | None:
        """File ▸ Back up now: a consistent copy into the backups folder."""
        from kamdesk import backup

        paths = self._data.paths
        self.statusBar().showMessage(self.tr("Backing up…"))
        return self._data.run(
            lambda ctx: backup.manual_backup(paths),
            label=self.tr("Backing up"),
            on_done=self._on_backup_done,
            on_error=self._on_backup_failed,
        )

    def _on_backup_done(self, path: Path) -> None:
        self.statusBar().showMessage(
            self.tr("Backup made: %1").replace("%1", path.name), _STATUS_MS
        )
        self.backup_made.emit(path)
        MessageBoxes.information(
            self,
            self.tr("Backup made"),
            self.tr("Your data was backed up to\n%1").replace("%1", str(path)),
        )

    def _on_backup_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        MessageBoxes.warning(
            self,
            self.tr("Backup failed"),
            self.tr("The backup could not be made: %1\n\nYour data itself is unchanged.").replace(
                "%1", describe_error(error)
            ),
        )

    def restore_from_backup(self) -> TaskHandle | None:
        """File ▸ Restore from backup: choose a backup, confirm, restore, reopen."""
        from kamdesk import backup

        paths = self._data.paths
        return self._data.run(
            lambda ctx: backup.list_backups(paths),
            label=self.tr("Listing backups"),
            on_done=self._on_backups_listed,
            on_error=self._on_restore_failed,
        )

    def _on_backups_listed(self, backups: list[BackupInfo]) -> None:
        from kamdesk.ui.restore_dialog import RestoreDialog  # loaded when first needed

        chosen = RestoreDialog.choose(backups, self._data.paths.backups, self)
        if chosen is None:
            return
        confirmed = MessageBoxes.confirm(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace your data with the backup %1?\n\nYour current database is kept "
                "first, as a before-restore backup in the backups folder, so you can go back "
                "to it. kamdesk then reopens your data."
            ).replace("%1", chosen.name),
            self.tr("Restore"),
        )
        if not confirmed:
            return
        self.statusBar().showMessage(self.tr("Restoring…"))
        self._data.run(
            lambda ctx: self._data.restore_on_worker(chosen),
            label=self.tr("Restoring a backup"),
            on_done=self._on_restore_done,
            on_error=self._on_restore_failed,
        )

    def _on_restore_done(self, kept: Path | None) -> None:
        self.statusBar().showMessage(self.tr("Backup restored."), _STATUS_MS)
        self._data.data_changed.emit()
        self.restored.emit(kept)
        text = self.tr("The backup was restored and your data reopened.")
        if kept is not None:
            text += "\n\n" + self.tr("Your previous database was kept as\n%1").replace(
                "%1", str(kept)
            )
        MessageBoxes.information(self, self.tr("Backup restored"), text)

    def _on_restore_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        MessageBoxes.warning(
            self,
            self.tr("Restore failed"),
            self.tr("The backup could not be restored: %1\n\nYour data is as it was.").replace(
                "%1", describe_error(error)
            ),
        )

    def open_data_folder(self) -> None:
        folder = self._data.paths.root
        if not desktop.open_folder(folder):
            MessageBoxes.warning(
                self,
                self.tr("Open data folder"),
                self.tr("No file manager could be started. Your data folder is\n%1").replace(
                    "%1", str(folder)
                ),
            )

    # -- settings and about -------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def edit_settings(self) -> None:
        from kamdesk.ui.settings_dialog import SettingsDialog  # loaded when first needed

        SettingsDialog.edit(self._settings, self.apply_settings, self)

    def apply_settings(self, settings: Settings) -> None:
        """Saves ``settings`` (keeping the window's own state) and applies the language.

        Raises:
            InvalidInput, OSError: they could not be saved; nothing changed.
        """
        merged = dataclasses.replace(settings, ui_state=dict(self._settings.ui_state))
        save_settings(self._data.paths.settings, merged)
        previous = self._settings
        self._settings = merged
        self._settings_writable = True
        if merged.language != previous.language:
            app = QCoreApplication.instance()
            assert app is not None
            install_translations(app, language_for(merged.language))
        self.settings_saved.emit(merged)

    def show_about(self) -> None:
        from kamdesk.ui.about_dialog import AboutDialog  # loaded when first needed

        AboutDialog.show_about(self._data.paths.root, self)

    # -- window state -------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        state = self._settings.ui_state
        geometry = state.get(_GEOMETRY_KEY)
        if not (geometry and self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))):
            size = DEFAULT_SIZE
            screen = self.screen()
            if screen is not None:
                available = screen.availableGeometry().size()
                size = size.boundedTo(
                    QSize(available.width() * 95 // 100, available.height() * 95 // 100)
                )
            self.resize(size)
        window_state = state.get(_STATE_KEY)
        if window_state:
            self.restoreState(QByteArray.fromBase64(window_state.encode()))
        self.show_page(self._saved_page())

    def _saved_page(self) -> str:
        page = self._settings.ui_state.get(_PAGE_KEY, PAGES[0])
        return page if page in PAGES else PAGES[0]

    def window_state(self) -> dict[str, str]:
        """The window's geometry, state and page, as saved in ``Settings.ui_state``."""
        return {
            _GEOMETRY_KEY: bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            _STATE_KEY: bytes(self.saveState().toBase64().data()).decode("ascii"),
            _PAGE_KEY: self.current_page,
            **(
                {_VISITS_VIEW_KEY: cast("VisitsPage", self._built_pages["visits"]).view_mode}
                if "visits" in self._built_pages
                else {}
            ),
        }

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._settings_writable:
            updated = dataclasses.replace(
                self._settings, ui_state={**self._settings.ui_state, **self.window_state()}
            )
            try:
                save_settings(self._data.paths.settings, updated)
                self._settings = updated
            except (OSError, ValueError) as exc:
                # Losing the window's size is not worth keeping the rep from quitting.
                self.statusBar().showMessage(describe_error(exc))
        self._close_demo_progress()
        super().closeEvent(event)

    # -- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.setStyleSheet(main_window_stylesheet(self.palette()))
            self._paint_navigation_icons()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle("kamdesk")
        titles = (self.tr("Today"), self.tr("Accounts"), self.tr("Calls"), self.tr("Visits"))
        for row, title in enumerate(titles):
            item = self.navigation.item(row)
            assert item is not None
            item.setText(title)
        menu_titles = (
            self.tr("&Today"),
            self.tr("&Accounts"),
            self.tr("&Calls"),
            self.tr("&Visits"),
        )
        for action, title in zip(self.page_actions, menu_titles, strict=True):
            action.setText(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.backup_action.setStatusTip(self.tr("Make a copy of your data in the backups folder"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.open_folder_action.setText(self.tr("&Open data folder"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.find_action.setText(self.tr("&Find account…"))
        self.demo_action.setText(self.tr("Load &demo data…"))
        self.remove_demo_action.setText(self.tr("&Remove demo data…"))
        self.remove_demo_action.setStatusTip(
            self.tr("Take the demo accounts out again, before you sync with the office hub")
        )
        self.about_action.setText(self.tr("&About kamdesk"))
        self.new_account_action.setText(self.tr("&New account…"))
        self.new_contact_action.setText(self.tr("New &contact…"))
        self.edit_account_action.setText(self.tr("&Edit account…"))
        self.delete_account_action.setText(self.tr("&Delete account…"))
        self.new_visit_action.setText(self.tr("New &visit…"))
        self.preview_report_action.setText(self.tr("&Preview visit report…"))
        self.preview_report_action.setStatusTip(
            self.tr("Show the report of the visit selected on the Visits or Today page as a PDF")
        )
        self.export_reports_action.setText(self.tr("Export &visit reports…"))
        self.export_reports_action.setStatusTip(
            self.tr("Save the reports of the week's visits as PDF (the week the Visits page shows)")
        )
        self.next_briefing_action.setText(self.tr("&Briefing for the next visit"))
        self.next_briefing_action.setStatusTip(
            self.tr("Who you will meet and how to handle them, before the next planned visit")
        )
        self._update_undo_action()
        self.file_transfer.retranslate()
        self.sync.retranslate()
        root = self._data.paths.root
        self.data_location_label.setText(self.tr("Data: %1").replace("%1", str(root)))
        self.data_location_label.setToolTip(
            self.tr("Your data lives in %1").replace("%1", _escape_html(str(root)))
        )
