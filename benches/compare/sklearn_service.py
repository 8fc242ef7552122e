"""The HTTP anchor for issue 8: a minimal FastAPI app serving the scikit-learn pipeline of
compare.py (same training data, analyzer, C grid, folds and per-label thresholds).

    python sklearn_service.py --train target/sklearn-service.pkl   # fit once, pickle
    SKLEARN_SERVICE_MODEL=target/sklearn-service.pkl \
        uvicorn sklearn_service:app --app-dir benches/compare --workers 2

POST /v1/classify with a text/plain body returns the document's topic probabilities,
thresholds and labels, and stance probabilities for the whole text read as one quote
without context. That is document-level work only: no sentences, no quotes, no
attribution, no per-quote stance, all of which our `serve` does on every request.
Run through http.sh.
"""
import json
import os
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (the pickled vectorizers call compare.analyzer)


def train(out):
    labels, topic_texts, gold, stance_docs, y = compare.training_data()
    topic, stance = compare.train_sklearn(labels, topic_texts, gold, stance_docs, y)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f:
        pickle.dump({"labels": labels, "topic": topic, "stance": stance}, f)
    print(f"scikit-learn pipelines for {labels} and {compare.CLASSES} pickled to {out}", file=sys.stderr)


def classify(model, text):
    tv, topic_models, thresholds = model["topic"]
    sv, stance_model = model["stance"]
    x = tv.transform([text])
    scores = [float(m.predict_proba(x)[0, 1]) for m in topic_models]
    topics = sorted(({"label": l, "score": s, "threshold": float(t)}
                     for l, s, t in zip(model["labels"], scores, thresholds)), key=lambda d: -d["score"])
    stance = stance_model.predict_proba(sv.transform([(text, "")]))[0]
    return {
        "topics": topics,
        "labels": [d["label"] for d in topics if d["score"] >= d["threshold"]],
        "stance": dict(zip(compare.CLASSES, map(float, stance))),
    }


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "--train":
        sys.exit("usage: sklearn_service.py --train OUT.pkl")
    train(sys.argv[2])
else:
    from fastapi import FastAPI, Request, Response

    with open(os.environ["SKLEARN_SERVICE_MODEL"], "rb") as f:
        MODEL = pickle.load(f)
    app = FastAPI()

    # `async def`: the work runs on the event loop, without a hop to the thread pool. For
    # CPU-bound work under the GIL that is the faster of FastAPI's two choices, and with one
    # worker process per core nothing else waits on the loop but the next request.
    @app.post("/v1/classify")
    async def classify_endpoint(request: Request):
        body = await request.body()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return Response('{"error":"body is not UTF-8"}', status_code=400, media_type="application/json")
        return Response(json.dumps(classify(MODEL, text)), media_type="application/json")

    @app.get("/health/ready")
    async def ready():
        return {"status": "ready"}
