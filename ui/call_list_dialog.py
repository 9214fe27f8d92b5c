"""File > Print call list…: choose the days and kinds, then Qt's print preview (print, or save a PDF)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSize
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reminders.call_list import CallList
from ui import i18n
from ui.call_list_print import page_layout, render_call_list, write_pdf
from ui.dialogs import busy_dialog
from ui.errors import show_error
from ui.geometry import fit_to_screen
from ui.i18n import date_edit_format

#: Kinds offered, in the order shown.
KINDS = ("birthday", "family", "custom", "festival", "followup", "cadence", "complaint")


class CallListDialog(QDialog):
    """Which days (today, the next N days, or from–to) and which kinds go on the sheet."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print call list"))
        self.today = today or date.today()
        names = {
            "birthday": self.tr("Birthdays"),
            "family": self.tr("Family events"),
            "custom": self.tr("Special days"),
            "festival": self.tr("Festivals"),
            "followup": self.tr("Follow-ups"),
            "cadence": self.tr("Overdue contacts"),
            "complaint": self.tr("Open complaints"),
        }
        self.only_today = QRadioButton(self.tr("&Today"), self)
        self.next_days = QRadioButton(self.tr("The &next"), self)
        self.span = QRadioButton(self.tr("&From"), self)
        self.days = QSpinBox(self)
        self.days.setRange(1, 92)
        self.days.valueChanged.connect(lambda value: self.days.setSuffix(self.tr(" day(s)", "", value)))
        self.days.setValue(7)
        self.start = QDateEdit(QDate(self.today.year, self.today.month, self.today.day), self)
        self.end = QDateEdit(self.start.date().addDays(6), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        # Without names of their own all three would be read as their group box's title, "Days".
        self.days.setAccessibleName(self.tr("Number of days"))
        self.start.setAccessibleName(self.tr("First day"))
        self.end.setAccessibleName(self.tr("Last day"))
        group = QButtonGroup(self)
        for button in (self.only_today, self.next_days, self.span):
            group.addButton(button)
        self.next_days.setChecked(True)
        when = QGroupBox(self.tr("Days"), self)
        grid = QGridLayout(when)
        grid.addWidget(self.only_today, 0, 0)
        grid.addWidget(self.next_days, 1, 0)
        grid.addWidget(self.days, 1, 1)
        grid.addWidget(self.span, 2, 0)
        span_row = QHBoxLayout()
        span_row.addWidget(self.start)
        span_row.addWidget(QLabel(self.tr("to"), self))
        span_row.addWidget(self.end)
        grid.addLayout(span_row, 2, 1)
        self.days.valueChanged.connect(lambda: self.next_days.setChecked(True))
        self.start.dateChanged.connect(lambda: self.span.setChecked(True))
        self.end.dateChanged.connect(lambda: self.span.setChecked(True))

        what = QGroupBox(self.tr("Include"), self)
        kinds = QGridLayout(what)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for i, kind in enumerate(KINDS):
            box = QCheckBox(names[kind], self)
            box.setChecked(True)
            self.kind_boxes[kind] = box
            kinds.addWidget(box, i // 2, i % 2)

        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        form = QFormLayout()
        form.addRow(self.tr("P&aper"), self.paper)  # Alt+P is Preview's

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        preview = buttons.addButton(self.tr("&Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        preview.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(when)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(buttons)
        group.checkedButton().setFocus()  # the dialog opens on the days chosen, not on the first option

    def range(self) -> tuple[date, int]:
        """The first day and how many days."""
        if self.only_today.isChecked():
            return self.today, 1
        if self.next_days.isChecked():
            return self.today, self.days.value()
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            start, end = end, start
        return start, (end - start).days + 1

    def kinds(self) -> set[str]:
        return {kind for kind, box in self.kind_boxes.items() if box.isChecked()}

    def paper_size(self) -> str:
        return self.paper.currentData()


def make_preview(sheet: CallList, paper: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's print preview of the sheet, with a Save as PDF… button beside Print."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    printer.setDocName(QCoreApplication.translate("CallListDialog", "Call list"))
    preview = QPrintPreviewDialog(printer, parent)
    preview.printer_kept = printer  # type: ignore[attr-defined]  # the dialog does not own it: freed, it would crash
    preview.setWindowTitle(QCoreApplication.translate("CallListDialog", "Call list — print preview"))
    preview.paintRequested.connect(lambda device: render_call_list(sheet, device))
    preview.resize(fit_to_screen(QSize(900, 1000), parent))
    toolbar = preview.findChild(QToolBar)
    save = QAction(QCoreApplication.translate("CallListDialog", "Save as PDF…"), preview)
    save.triggered.connect(lambda: save_pdf(sheet, paper, preview))
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addAction(save)
    preview.save_pdf_action = save  # type: ignore[attr-defined]
    return preview


def save_pdf(sheet: CallList, paper: str, parent: QWidget | None) -> None:
    """Ask where, then write the PDF on a worker thread (a busy dialog shows if it takes a moment)."""
    suggested = f"call-list-{sheet.start.isoformat()}.pdf"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CallListDialog", "Save call list as PDF"),
        suggested,
        QCoreApplication.translate("CallListDialog", "PDF files (*.pdf)"),
    )
    if not path:
        return
    from ui.worker import run_in_thread

    progress = busy_dialog(QCoreApplication.translate("CallListDialog", "Saving the call list…"), parent)

    def failed(error: Exception) -> None:
        progress.close()
        show_error(parent, error)

    run_in_thread(lambda: write_pdf(sheet, path, paper), lambda _pages: progress.close(), failed, owner=progress)


def print_call_list(window) -> None:
    """Ask for the days and kinds, gather the sheet from the window's book off the main thread (a busy
    dialog, which can cancel, shows if it takes a moment) and show the preview."""
    if window.book is None:
        return
    dialog = CallListDialog(window)
    if not dialog.exec():
        return
    from storage.call_list import load_call_list
    from ui.worker import run_in_thread

    book, (start, days), kinds, paper = window.book, dialog.range(), dialog.kinds(), dialog.paper_size()
    lang = "zh" if i18n.is_chinese() else "en"
    text = QCoreApplication.translate("CallListDialog", "Gathering the call list…")
    progress = busy_dialog(text, window, can_cancel=True)

    def gathered(sheet: CallList) -> None:
        cancelled = progress.wasCanceled()
        progress.close()
        if not cancelled:
            make_preview(sheet, paper, window).exec()

    def failed(error: Exception) -> None:
        cancelled = progress.wasCanceled()
        progress.close()
        if not cancelled:
            show_error(window, error)

    run_in_thread(lambda: load_call_list(book, start, days, lang=lang, kinds=kinds), gathered, failed, owner=window)
