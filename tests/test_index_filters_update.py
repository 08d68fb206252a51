"""FilterTable.update (a re-index's table from the previous one) masks exactly like a table built afresh."""

from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from test_index_filters import credentials, filters

from pathfinder.index.filters import FilterTable, matches


@hsettings(max_examples=80, deadline=None)
@given(
    st.lists(credentials, max_size=25),
    st.lists(credentials, max_size=25),
    st.lists(filters, min_size=1, max_size=4),
    st.randoms(use_true_random=False),
)
def test_updated_table_masks_like_a_fresh_one(old, fresh_pool, fs, rnd):
    old = list({c.id: c for c in old}.values())
    table = FilterTable.build(old)
    # the new version: some old entries kept (in a shuffled order), some dropped, some new ones
    kept = [i for i in range(len(old)) if rnd.random() < 0.7]
    rnd.shuffle(kept)
    new_entries = [c for c in fresh_pool if c.id not in {o.id for o in old}]
    rows: list[tuple[int | None, object]] = [(i, old[i]) for i in kept] + [(None, c) for c in new_entries]
    rnd.shuffle(rows)
    rows = list({c.id: (s, c) for s, c in rows}.values())
    creds = [c for _, c in rows]
    updated = table.update([c.id for c in creds], [s for s, _ in rows], [c for s, c in rows if s is None])
    assert len(updated) == len(creds) and updated.row_of == {c.id: i for i, c in enumerate(creds)}
    for f in fs:
        assert updated.mask(f).tolist() == [matches(c, f) for c in creds]
