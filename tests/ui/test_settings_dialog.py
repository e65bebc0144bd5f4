"""The Settings dialog: checked at the field, saved whole or not at all, language switched live."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog

from kamdesk.settings import Settings, load_settings
from kamdesk.ui.settings_dialog import SettingsDialog, time_zone_names


def _dialog(qtbot, settings: Settings, save) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(settings, save)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_lunch_break_ending_before_it_starts_is_shown_at_the_field_and_nothing_is_saved(
    qtbot, data_paths
) -> None:  # type: ignore[no-untyped-def]
    saved: list[Settings] = []
    dialog = _dialog(qtbot, Settings(), saved.append)
    dialog.lunch_end_edit.setTime(QTime(11, 30))
    error = dialog.error_labels["lunch"]
    assert error.isVisible()
    assert error.text() == "The lunch break must end after it starts"
    assert all(
        not label.isVisible() for name, label in dialog.error_labels.items() if name != "lunch"
    )

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved == []
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.lunch_end_edit.hasFocus()
    assert not data_paths.settings.exists()

    dialog.lunch_end_edit.setTime(QTime(13, 0))
    assert not error.isVisible()


def test_a_working_day_ending_before_it_starts_is_shown_beside_the_hours(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, Settings(), lambda s: None)
    dialog.work_end_edit.setTime(QTime(8, 0))
    assert dialog.error_labels["work_hours"].isVisible()
    assert not dialog.error_labels["lunch"].isVisible()


def test_an_unknown_time_zone_is_reported_once_the_field_is_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    saved: list[Settings] = []
    dialog = _dialog(qtbot, Settings(), saved.append)
    line = dialog.timezone_combo.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Mars/Olympus")
    assert not dialog.error_labels["timezone"].isVisible(), "no error while typing"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_labels["timezone"].isVisible()
    assert "Mars/Olympus" in dialog.error_labels["timezone"].text()
    assert saved == []


def test_the_time_zone_list_offers_iana_names_with_completion(qtbot) -> None:  # type: ignore[no-untyped-def]
    names = time_zone_names()
    assert "Asia/Shanghai" in names and "Europe/Berlin" in names and "UTC" in names
    assert not any(name.startswith(("Etc/", "posix/", "right/")) for name in names)
    dialog = _dialog(qtbot, Settings(timezone="Europe/Berlin"), lambda s: None)
    assert dialog.timezone_combo.currentText() == "Europe/Berlin"
    completer = dialog.timezone_combo.completer()
    completer.setCompletionPrefix("shang")
    assert completer.currentCompletion() == "Asia/Shanghai"


def test_a_valid_save_persists_every_field(qtbot, main_window, data_paths) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, main_window.settings, main_window.apply_settings)
    dialog.rep_name_edit.setText("王伟")
    dialog.company_edit.setText("上海明远科技有限公司")
    dialog.offer_edit.setText("设备远程运维服务")
    dialog.work_start_edit.setTime(QTime(8, 30))
    dialog.work_end_edit.setTime(QTime(17, 30))
    dialog.lunch_start_edit.setTime(QTime(12, 0))
    dialog.lunch_end_edit.setTime(QTime(13, 0))
    dialog.timezone_combo.setCurrentText("Asia/Chongqing")
    with qtbot.waitSignal(main_window.settings_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = load_settings(data_paths.settings)
    assert (saved.rep_name, saved.company, saved.offer) == (
        "王伟",
        "上海明远科技有限公司",
        "设备远程运维服务",
    )
    assert (saved.work_start, saved.work_end, saved.lunch_start, saved.lunch_end) == (
        "08:30",
        "17:30",
        "12:00",
        "13:00",
    )
    assert saved.timezone == "Asia/Chongqing"
    assert main_window.settings == saved


def test_a_failed_save_is_shown_and_keeps_the_dialog_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    def broken(settings: Settings) -> None:
        raise OSError(13, "Permission denied", "/read-only/settings.json")

    dialog = _dialog(qtbot, Settings(), broken)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.save_error_label.isVisible()
    assert "Permission denied" in dialog.save_error_label.text()


def test_switching_to_chinese_retranslates_the_open_window_and_persists(
    qtbot, qapp, main_window, data_paths
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.translations import install_translations

    install_translations(qapp, "en")
    accounts_item = main_window.navigation.item(1)
    assert accounts_item.text() == "Accounts"
    dialog = _dialog(qtbot, main_window.settings, main_window.apply_settings)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    with qtbot.waitSignal(main_window.settings_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # Qt delivers the language change to every widget from the event loop.
    qtbot.waitUntil(lambda: accounts_item.text() == "客户")
    assert main_window.today_page.header.title_label.text() == "今日"
    assert main_window.today_page.empty_state.headline_label.text() == "客户资料还是空的"
    assert main_window.file_menu.title() == "文件(&F)"
    assert main_window.accounts_page.model.headerData(0, Qt.Orientation.Horizontal) == "客户名称"
    assert main_window.data_location_label.text().startswith("数据：")
    assert load_settings(data_paths.settings).language == "zh_CN"

    # And back, still live.
    dialog = _dialog(qtbot, main_window.settings, main_window.apply_settings)
    assert dialog.windowTitle() == "设置"
    assert dialog.save_button.text() == "保存"  # Qt's own catalogue
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(main_window.settings_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: accounts_item.text() == "Accounts")
