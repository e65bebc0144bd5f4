"""The accounts table's model: what arrives with the first read."""

from __future__ import annotations

from kamdesk.models import Account
from kamdesk.ui.account_model import BLOCK_SIZE, AccountTableModel


def test_the_first_block_of_rows_comes_with_the_ids(qtbot, data_context, store, wait_idle):  # type: ignore[no-untyped-def]
    # The first paint then shows rows, not blank stand-ins waiting behind
    # other pages' reads on the database worker.
    with store.unit_of_work() as session:
        session.add_all([Account(name=f"Account {i:05d}") for i in range(BLOCK_SIZE + 5)])
    model = AccountTableModel(data_context)
    with qtbot.waitSignal(model.ids_loaded):
        model.reload()
    assert model.fetched_row_count == BLOCK_SIZE
    assert model.index(0, 0).data() == "Account 00000"
    assert model.index(BLOCK_SIZE - 1, 0).data() == f"Account {BLOCK_SIZE - 1:05d}"
    assert model.index(BLOCK_SIZE, 0).data() is None  # the next block: when it is painted
    wait_idle()
