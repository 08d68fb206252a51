"""Train the skill-linking query adapter (src/pathfinder/skills/models/<embedder>.adapter.npy) on SkillSkape
train.

A d x d matrix W, started at the identity, maps a sentence's embedding so that its cosine with the preferred
label of each gold ESCO skill beats every other skill's (softmax cross-entropy over all skills of the served
taxonomy, temperature TEMP). Label vectors stay as the matcher computes them (normalised labels, generic
one-word alt labels left out), so the file works with `SkillMatcher` as it is. The epoch kept is the
best on SkillSkape dev (printed each epoch, dense ranking alone); TECH/HOUSE are not used here.

Needs torch (training only, not a runtime dependency): `.venv/bin/pip install torch==2.13.0` (CPU build on
this machine's disk). Run with the full ESCO import served:
    PATHFINDER_TAXONOMY_DIR=.pathfinder/esco .venv/bin/python tools/train_skill_adapter.py --epochs 4
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np


def main() -> int:
    import torch

    from pathfinder.domain.taxonomy import normalise_label
    from pathfinder.settings import Settings
    from pathfinder.skills.linking import adapter_path
    from pathfinder.skills.linking_eval import load_set, rp_at
    from pathfinder.skills.matching import SkillMatcher, expand_shorthand

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--temp", type=float, default=0.05)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dry-run", action="store_true", help="train and report, do not write the file")
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)

    settings = Settings()
    matcher = SkillMatcher.from_settings(settings)
    if len(matcher.taxonomy.skills) < 10_000:
        print("serve the full ESCO import (PATHFINDER_TAXONOMY_DIR) to train", file=sys.stderr)
        return 2
    vectors = matcher.label_vectors
    pref_rows = np.flatnonzero(np.asarray(matcher._preferred))
    skill_of_row = {matcher._uris[r]: i for i, r in enumerate(pref_rows)}
    skill_uris = [matcher._uris[r] for r in pref_rows]
    P = torch.tensor(vectors[pref_rows])
    by_label = {s.label.lower(): s.uri for s in matcher.taxonomy.skills.values()}

    def embed(texts: list[str]) -> np.ndarray:
        return matcher.embedder.embed([expand_shorthand(normalise_label(t)) for t in texts])

    train, _ = load_set("skillskape-train", settings.shared_data_dir, lambda lab: by_label.get(lab.lower()))
    dev, _ = load_set("skillskape-dev", settings.shared_data_dir, lambda lab: by_label.get(lab.lower()))
    X = torch.tensor(embed([c.text for c in train]))
    Y = [[skill_of_row[u] for u in c.gold if u in skill_of_row] for c in train]
    X_dev = torch.tensor(embed([c.text for c in dev]))
    W = torch.nn.Parameter(torch.eye(X.shape[1]))
    opt = torch.optim.Adam([W], lr=args.lr)

    def mapped(Q):
        return torch.nn.functional.normalize(Q @ W.T, dim=-1)

    def dev_rp() -> float:
        with torch.no_grad():
            top = torch.topk(mapped(X_dev) @ P.T, 5, dim=-1).indices.numpy()
        return float(np.mean([rp_at([skill_uris[j] for j in row], c.gold) for row, c in zip(top, dev)]))

    print(
        f"{len(train)} train / {len(dev)} dev sentences, {len(skill_uris)} skills; dev RP@5 (dense) "
        f"{dev_rp():.4f} before training"
    )
    rng = np.random.default_rng(args.seed)
    best = (dev_rp(), 0, W.detach().clone())
    for epoch in range(1, args.epochs + 1):
        start = time.time()
        for batch in np.array_split(rng.permutation(len(Y)), max(1, len(Y) // args.batch)):
            target = torch.zeros(len(batch), len(skill_uris))
            for k, i in enumerate(batch):
                target[k, Y[i]] = 1.0 / max(len(Y[i]), 1)
            loss = -(target * torch.log_softmax(mapped(X[batch]) @ P.T / args.temp, -1)).sum(-1).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        score = dev_rp()
        print(
            f"epoch {epoch}: loss {loss.item():.3f}, dev RP@5 (dense) {score:.4f}, {time.time() - start:.0f}s"
        )
        if score > best[0]:
            best = (score, epoch, W.detach().clone())
    print(f"kept epoch {best[1]} (dev RP@5 {best[0]:.4f})")
    if not args.dry_run:
        path = adapter_path(matcher.embedder.name)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, best[2].numpy().astype(np.float32))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
