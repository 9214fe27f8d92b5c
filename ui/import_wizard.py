"""File > Import…: choose a file, map its columns, see every problem, then import with a progress bar.

The import runs in a QThread whose worker only emits signals; widgets are touched on
the main thread only. Cancel rolls the whole import back, leaving the book as it was.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from storage.errors import GuanxiError
from storage.import_files import FIELD_HEADERS, Mapping, ParsedFile, guess_mapping, read_file, unmapped_columns
from storage.importer import ImportResult, import_clients
from ui import colors
from ui.events import AppEvents
from ui.geometry import fit_to_screen
from ui.i18n import is_chinese
from ui.row_editors import place_before
from ui.styled_text import set_text_style

PREVIEW_ROWS = 200
#: The light-theme colour of cells a column of which is not imported: faint on purpose, like disabled
#: text, so large-text contrast is what it keeps on a dark palette.
NOT_IMPORTED = "#8a939c"
_Index = QModelIndex | QPersistentModelIndex


def field_names() -> dict[str, str]:
    """Client fields as the user reads them, in the order the combo boxes list them."""
    return {
        "name": QCoreApplication.translate("ImportWizard", "Name"),
        "phone": QCoreApplication.translate("ImportWizard", "Phone"),
        "company": QCoreApplication.translate("ImportWizard", "Company"),
        "title": QCoreApplication.translate("ImportWizard", "Title"),
        "tier": QCoreApplication.translate("ImportWizard", "Tier"),
        "birthday": QCoreApplication.translate("ImportWizard", "Birthday"),
        "lunar_birthday": QCoreApplication.translate("ImportWizard", "Birthday (lunar)"),
        "tags": QCoreApplication.translate("ImportWizard", "Tags"),
        "notes": QCoreApplication.translate("ImportWizard", "Notes"),
        "email": QCoreApplication.translate("ImportWizard", "Email"),
        "wechat": QCoreApplication.translate("ImportWizard", "WeChat"),
        "address": QCoreApplication.translate("ImportWizard", "Address"),
        "gender": QCoreApplication.translate("ImportWizard", "Gender"),
        "address_as": QCoreApplication.translate("ImportWizard", "Form of address"),
        "source": QCoreApplication.translate("ImportWizard", "Source"),
        "personality": QCoreApplication.translate("ImportWizard", "Personality"),
        "preferences": QCoreApplication.translate("ImportWizard", "Preferences"),
        "payment_habits": QCoreApplication.translate("ImportWizard", "Payment habits"),
        "health_notes": QCoreApplication.translate("ImportWizard", "Health"),
        "family": QCoreApplication.translate("ImportWizard", "Family members"),
        "dates": QCoreApplication.translate("ImportWizard", "Important dates"),
    }


class PreviewModel(QAbstractTableModel):
    """The first rows of the file; headers show the column's own header and the field it maps to."""

    def __init__(self, parsed: ParsedFile, mapping: Mapping, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parsed = parsed
        self._mapping = dict(mapping)
        self._names = field_names()

    def set_mapping(self, mapping: Mapping) -> None:
        self._mapping = dict(mapping)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else min(len(self._parsed.rows), PREVIEW_ROWS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._parsed.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._parsed.rows[index.row()][index.column()].replace("\n", " ⏎ ")[:200]
        if role == Qt.ItemDataRole.ForegroundRole and not self._mapping.get(index.column()):
            return colors.text_colour(NOT_IMPORTED, minimum=colors.LARGE_TEXT)  # left out reads as such
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._parsed.numbers[section])
        header = self._parsed.headers[section] or self.tr("Column %1").replace("%1", str(section + 1))
        key = self._mapping.get(section)
        if key:
            return f"{header}\n→ {self._names[key]}"
        return header + "\n(" + self.tr("not imported") + ")"


class ImportWorker(QObject):
    """Runs one import on its thread; talks to the window through signals only."""

    progress = Signal(int, int)
    finished = Signal(object)  # ImportResult
    failed = Signal(object)  # an exception

    def __init__(self, book: object, parsed: ParsedFile, mapping: Mapping, on_duplicate: str, dry_run: bool) -> None:
        super().__init__()
        self._args = (book, parsed, mapping, on_duplicate, dry_run)
        self.cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        book, parsed, mapping, on_duplicate, dry_run = self._args

        def report(done: int, total: int) -> bool:
            self.progress.emit(done, total)
            return not self.cancel.is_set()

        try:
            result = import_clients(book, parsed, mapping, on_duplicate, dry_run=dry_run, progress=report)
        except Exception as error:  # handed to the main thread, which shows it
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class _FilePage(QWizardPage):
    """Next reads the file on a pool thread (a large workbook takes a while), then moves on."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._read_path: str | None = None  # the path `wizard.parsed` was read from
        self.reading = False
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV or Excel list of clients, or contacts exported from a phone (.vcf)."))
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        browse = QPushButton(self.tr("B&rowse…"))  # &B is the wizard's Back
        browse.clicked.connect(self._browse)
        hint = QLabel(
            self.tr(
                "The first row names the columns, such as Name, Phone, Company, Birthday; the next page matches "
                "them to the client's fields. Every row is checked before anything is written, and the book is "
                "backed up first."
            )
        )
        hint.setWordWrap(True)
        set_text_style(hint, colors.HINT)
        self.message = QLabel()  # why the file cannot be read: in red, where the eye is
        self.message.setWordWrap(True)
        set_text_style(self.message, colors.WARNING)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known length: a moving bar
        self.busy.setFormat(self.tr("Reading the file…"))
        self.busy.setTextVisible(True)
        self.busy.hide()
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.path)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import clients"), "", self.tr("Client lists (*.csv *.xlsx *.vcf *.txt);;All files (*)")
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.reading

    def validatePage(self) -> bool:
        chosen = self.path.text().strip()
        if self._wizard.parsed is not None and self._read_path == chosen:
            return True
        if not self.reading:
            self._start_reading(chosen)
        return False  # the wizard moves on when the file has been read

    def _start_reading(self, chosen: str) -> None:
        from ui.worker import run_in_thread

        self.reading = True
        self.path.setEnabled(False)
        self.message.clear()
        self.busy.show()
        self.completeChanged.emit()
        run_in_thread(lambda: read_file(Path(chosen)), lambda parsed: self._read(chosen, parsed), self._unreadable,
                      owner=self)  # fmt: skip

    def _done_reading(self) -> None:
        self.reading = False
        self.path.setEnabled(True)
        self.busy.hide()
        self.completeChanged.emit()

    def _read(self, chosen: str, parsed: ParsedFile) -> None:
        self._done_reading()
        self._wizard.parsed, self._read_path = parsed, chosen
        self._wizard.mapping = guess_mapping(parsed.headers)
        if self._wizard.isVisible() and self._wizard.currentPage() is self and self.path.text().strip() == chosen:
            self._wizard.next()

    def _unreadable(self, error: Exception) -> None:
        self._done_reading()
        if isinstance(error, GuanxiError):
            from ui.errors import error_text

            self.message.setText(error_text(error))
            return
        from ui.errors import show_error

        show_error(self, error)


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Recognised headers are matched already; change any that are wrong."))
        self.combos: list[QComboBox] = []
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page opens with the cursor on the first column
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setMaximumHeight(160)
        self.not_imported = QLabel()
        self.not_imported.setWordWrap(True)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # a preview, not a sheet to edit: Tab moves on to the buttons
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.not_imported)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        parsed = self._wizard.parsed
        assert parsed is not None
        self.combos = []
        while self.grid.count():  # the last file's columns, hidden at once: the cursor must not land on them
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        names = field_names()
        for column, header in enumerate(parsed.headers):
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), "")
            for key in FIELD_HEADERS:
                combo.addItem(names[key], key)
            combo.setCurrentIndex(max(0, combo.findData(self._wizard.mapping.get(column, ""))))
            combo.currentIndexChanged.connect(self._changed)
            label = QLabel(header or self.tr("Column %1").replace("%1", str(column + 1)))
            label.setBuddy(combo)
            self.grid.addWidget(label, column // 3, (column % 3) * 2)
            self.grid.addWidget(combo, column // 3, (column % 3) * 2 + 1)
            self.combos.append(combo)
        for grid_column in range(6):  # the headers as wide as they are, the field choices share the rest
            self.grid.setColumnStretch(grid_column, grid_column % 2)
        self._order_combos()
        self.model = PreviewModel(parsed, self._wizard.mapping, self)
        self.table.setModel(self.model)
        self._show_not_imported()
        self.table.resizeColumnsToContents()

    def _order_combos(self) -> None:
        """The column choices before the preview in the Tab order, as on screen (made late, they came last)."""
        place_before(self.table, self.combos)

    def _changed(self) -> None:
        self._wizard.mapping = {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}
        self.model.set_mapping(self._wizard.mapping)
        self._show_not_imported()
        self.table.resizeColumnsToContents()
        self.completeChanged.emit()

    def _show_not_imported(self) -> None:
        """Name the columns no field is chosen for: what the import would leave out."""
        columns = self._wizard.not_imported()
        self.not_imported.setVisible(bool(columns))
        self.not_imported.setText(
            self.tr("Not imported: %1. Choose a field for a column to import it.").replace("%1", list_text(columns))
        )

    def isComplete(self) -> bool:
        return "name" in self._wizard.mapping.values()


class _CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is checked before anything is written to the book."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.hide()
        self.choice = QButtonGroup(self)
        # Asked only when some clients of the file are in the book already.
        self.choices = QWidget()
        choices = QHBoxLayout(self.choices)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(QLabel(self.tr("Clients already in the book (same phone, or same name and company):")))
        for key, text in (("skip", self.tr("&Skip")), ("update", self.tr("&Update")), ("add", self.tr("&Add anyway"))):
            button = QRadioButton(text)
            button.setProperty("choice", key)
            button.setChecked(key == "skip")
            self.choice.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        self.choices.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.choices)
        layout.addWidget(self.problems, 1)
        layout.addStretch()
        self.checked: ImportResult | None = None

    def on_duplicate(self) -> str:
        return self.choice.checkedButton().property("choice")

    def initializePage(self) -> None:
        self.checked = None
        self.problems.clear()
        self.problems.hide()
        self.choices.hide()
        self.summary.setText(self.tr("Checking every row…"))
        self._wizard.start(dry_run=True)

    def show_check(self, result: ImportResult) -> None:
        self.checked = result
        unit = self._wizard.parsed.unit if self._wizard.parsed else "row"
        if result.problems:
            self.summary.setText(
                self.tr(
                    "%n problem(s) must be fixed in the file first; nothing will be imported until then.",
                    "",
                    len(result.problems),
                )
            )
            for problem in result.problems:
                self.problems.addItem(self._wizard.describe(problem, unit))
            self.problems.show()
        else:
            known = result.skipped + result.updated
            lines = [self.tr("Ready to import %n new client(s).", "", result.added)]
            if known:
                lines.append(self.tr("Already in the book: %n client(s).", "", known))
            columns = self._wizard.not_imported()
            if columns:
                lines.append(self.tr("These columns will not be imported: %1.").replace("%1", list_text(columns)))
            self.summary.setText("\n".join(lines))
            self.choices.setVisible(bool(known))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.checked is not None and not self.checked.problems


class _RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Cancel stops the import and leaves the book as it was."))
        self.bar = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch()
        self.done = False

    def initializePage(self) -> None:
        self.done = False
        self.bar.setRange(0, 0)  # busy until the first batch is written
        self.status.setText(self.tr("Reading and checking the rows…"))
        self._wizard.start(dry_run=False, on_duplicate=self._wizard.check_page.on_duplicate())

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(self.tr("%1 of %2 rows imported…").replace("%1", str(done)).replace("%2", str(total)))

    def show_result(self, result: ImportResult) -> None:
        self.done = True
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(
            self.tr("Added %1, updated %2, skipped %3.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped))
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    """The import wizard. `result` holds the import's outcome once it has run."""

    def __init__(self, book: object, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import clients"))
        self.book = book
        self.events = events
        self.parsed: ParsedFile | None = None
        self.mapping: Mapping = {}
        self.result: ImportResult | None = None
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self.file_page = _FilePage(self)
        self.mapping_page = _MappingPage(self)
        self.check_page = _CheckPage(self)
        self.run_page = _RunPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            self.addPage(page)
        self.resize(fit_to_screen(QSize(820, 560), parent))

    def describe(self, problem: object, unit: str) -> str:
        """A problem of the file in the interface language (by its code), with its row or card."""
        from ui.problem_text import problem_text

        number = getattr(problem, "number", 0)
        message = getattr(problem, "message", str(problem))
        code, params = getattr(problem, "code", ""), getattr(problem, "params", ())
        worded = self._own_problem_text(code, params) or problem_text(code, params) or _template_text(problem)
        if worded is not None:
            key = getattr(problem, "field", "")
            field = field_names().get("phone" if key == "phones" else key)  # the form's checks say "phones"
            message = labelled(field, worded) if field else worded
        if not number:
            return message
        where = self.tr("Card %1") if unit == "card" else self.tr("Row %1")
        return labelled(where.replace("%1", str(number)), message)

    def _own_problem_text(self, code: str, params: tuple[object, ...]) -> str | None:
        """Problems of the column matching, worded here where the field names are known."""
        if code == "mapped_twice" and len(params) == 5:
            key, first, second, first_column, second_column = params
            return (
                self.tr("Columns %1 (“%2”) and %3 (“%4”) both hold %5: set one of them to “not imported”.")
                .replace("%1", str(first_column))
                .replace("%2", str(first))
                .replace("%3", str(second_column))
                .replace("%4", str(second))
                .replace("%5", field_names().get(str(key), str(key)))
            )
        return None

    def not_imported(self) -> list[str]:
        """The columns of the file no field is chosen for (their headers, or "Column N")."""
        if self.parsed is None:
            return []
        headers = self.parsed.headers
        return [
            headers[column] or self.tr("Column %1").replace("%1", str(column + 1))
            for column in unmapped_columns(self.parsed, self.mapping)
        ]

    def start(self, *, dry_run: bool, on_duplicate: str = "skip") -> None:
        """Run a check (dry run) or the import on a worker thread."""
        if self.parsed is None:
            return
        if self._thread is not None:  # the last check has answered; its thread may still be winding down
            self._thread.quit()
            self._thread.wait()
            self._forget()
        thread = QThread(self)
        worker = ImportWorker(self.book, self.parsed, dict(self.mapping), on_duplicate, dry_run)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self.run_page.show_progress)
        # Bound methods of main-thread objects: Qt queues these calls to the main thread.
        worker.finished.connect(self._check_finished if dry_run else self._import_finished)
        worker.failed.connect(self._failed)
        for signal in (worker.finished, worker.failed):
            signal.connect(thread.quit)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot()
    def _thread_done(self) -> None:
        if self.sender() is self._thread:
            self._forget()

    def _forget(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None

    @Slot(object)
    def _check_finished(self, result: ImportResult) -> None:
        self.check_page.show_check(result)

    @Slot(object)
    def _import_finished(self, result: ImportResult) -> None:
        self.result = result
        if result.cancelled:
            self.run_page.status.setText(self.tr("Cancelled; the book is as it was."))
            return
        self.run_page.show_result(result)
        if result.added or result.updated:
            self.events.book_replaced.emit()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        from ui.errors import error_text, show_error

        self.run_page.status.setText(error_text(error))
        self.check_page.summary.setText(error_text(error))
        show_error(self, error)

    def reject(self) -> None:
        """Cancel: an import under way is rolled back before the wizard closes."""
        if self._worker is not None and self._thread is not None:
            self._worker.cancel.set()
            self._thread.quit()
            self._thread.wait()
        super().reject()

    def wait_idle(self, msecs: int = 60_000) -> bool:
        """For tests and closing: wait until no check or import is running."""
        return self._thread is None or self._thread.wait(msecs)


def labelled(label: str, text: str) -> str:
    """“Row 2: text” with the interface language's colon: a full-width "：" in Chinese."""
    return f"{label}{'：' if is_chinese() else ': '}{text}"


def list_text(items: list[str]) -> str:
    """Items one after the other, with the interface language's separator (Chinese uses 、)."""
    return QCoreApplication.translate("Errors", ", ").join(items)


def _template_text(problem: object) -> str | None:
    """A problem raised `worded` (see storage.errors) in the interface language; None for others."""
    template = getattr(problem, "template", "")
    if not template:
        return None
    from storage.errors import GuanxiError
    from ui.errors import worded_detail

    error = GuanxiError(getattr(problem, "message", ""))
    error.template, error.values = template, dict(getattr(problem, "values", ()))
    return worded_detail(error)


def run_import_wizard(parent: QWidget | None, book: object, events: AppEvents) -> None:
    """Show the import wizard (modal) on `book`; events.book_replaced follows a successful import."""
    ImportWizard(book, events, parent).exec()
