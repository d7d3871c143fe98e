"""Which splits exist, and each one's seed and render count (read by ``generate.py``).

Every split has its own seed so that adding one never changes the values drawn for another.
"""

from __future__ import annotations

# fmt: off
SPLITS = (
    "dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
    "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
    "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27",
    "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34",
    "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
)
# fmt: on
# How many renders per identifier template; no-identifier notes are written out in full, so once each.
RENDERS = {split: 3 for split in SPLITS}
SEEDS = {
    "dev": 20240611,
    "heldout": 91173,
    "fresh": 505517,
    "fresh2": 830271,
    "fresh3": 374129,
    "fresh4": 618043,
    "fresh5": 729461,
    "fresh6": 263857,
    "fresh7": 558213,
    "fresh8": 481907,
    "fresh9": 736591,
    "fresh10": 194627,
    "fresh11": 628473,
    "fresh12": 357912,
    "fresh13": 846159,
    "fresh14": 273684,
    "fresh15": 519736,
    "fresh16": 692417,
    "fresh17": 405183,
    "fresh18": 918273,
    "fresh19": 537291,
    "fresh20": 264819,
    "fresh21": 781253,
    "fresh22": 402658,
    "fresh23": 615390,
    "fresh24": 738214,
    "fresh25": 296581,
    "fresh26": 553917,
    "fresh27": 871302,
    "fresh28": 318846,
    "fresh29": 664027,
    "fresh30": 427519,
    "fresh31": 952846,
    "fresh32": 583920,
    "fresh33": 276148,
    "fresh34": 731864,
    "fresh35": 158273,
    "fresh36": 604715,
    "fresh37": 387529,
    "fresh38": 757256,
    "fresh39": 216036,
    "fresh40": 867004,
    "fresh41": 440660,
    "fresh42": 378154,
    "fresh43": 141182,
    "fresh44": 592837,
    "fresh45": 368326,
    "fresh46": 381713,
    "fresh47": 572074,
    "fresh48": 603451,
    "fresh49": 422216,
}
