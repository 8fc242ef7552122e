"""The Python package against the HTTP service: the same JSON, float for float."""

import gc
import json
import shutil

import pytest

import topic_stance

from conftest import REPO


def assert_same_types(a, b, where="$"):
    """Equal values of the same Python types all the way down (1 == 1.0 is not enough),
    dict keys in the same order (the order of the HTTP JSON)."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, dict):
        assert list(a) == list(b), f"{where}: keys {list(a)} vs {list(b)}"
        for k in a:
            assert_same_types(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            assert_same_types(x, y, f"{where}[{i}]")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


# --- the same answer as POST /v1/classify ---------------------------------------------


def test_reference_article_equals_http(analyzer, server, reference_article):
    mine = analyzer.analyze(reference_article)
    theirs = server.post("/v1/classify", {"text": reference_article})
    assert mine == theirs
    assert_same_types(mine, theirs)
    assert mine["quotes"], "the reference article has quotes"
    print(f"reference article: {len(mine['quotes'])} quotes, labels {mine['labels']}")


def test_reference_article_options_and_id_equal_http(analyzer, server, reference_article):
    for options in (
        {"explain": True, "sentences": True, "quotes": True},
        {"explain": False, "sentences": False, "quotes": False},
        {"explain": True, "sentences": False, "quotes": True},
    ):
        mine = analyzer.analyze(reference_article, id="doc-1", **options)
        theirs = server.post(
            "/v1/classify", {"text": reference_article, "id": "doc-1", "options": options}
        )
        assert_same_types(mine, theirs)
    assert "explanations" in analyzer.analyze(reference_article, explain=True)
    assert "explanations" not in analyzer.analyze(reference_article)


def test_ag_news_200_equal_http(analyzer, server, ag_news_texts):
    theirs = []
    for i in range(0, len(ag_news_texts), 100):
        chunk = [{"text": t} for t in ag_news_texts[i : i + 100]]
        theirs += server.post("/v1/classify/batch", chunk)["results"]
    batch = analyzer.analyze_batch(ag_news_texts)
    assert len(batch) == len(theirs) == 200
    for i, (text, mine, http) in enumerate(zip(ag_news_texts, batch, theirs)):
        assert_same_types(mine, http, f"ag_news[{i}]")
        assert analyzer.analyze(text) == mine
    labelled = sum(1 for r in batch if r["labels"])
    print(f"AG News: 200 texts equal to HTTP; {labelled} with a label")


def test_model_info_equals_http(analyzer, server):
    assert_same_types(analyzer.model_info(), server.get("/v1/models"))


# --- batch and single -----------------------------------------------------------------


def test_batch_equals_single_with_any_pool(analyzer):
    texts = [
        'The minister said: "We will not negotiate with terrorists."',
        "Police seized 40 kg of cocaine at the port, officials said.",
        "The talks in Geneva ended without an agreement.",
    ] * 5
    single = [analyzer.analyze(t) for t in texts]
    assert analyzer.analyze_batch(texts) == single
    assert analyzer.analyze_batch(texts, threads=1) == single
    assert analyzer.analyze_batch(tuple(texts), threads=3) == single
    assert analyzer.analyze_batch(t for t in texts) == single
    assert analyzer.analyze_batch([]) == []
    assert analyzer.analyze_batch(texts, quotes=False) == [
        analyzer.analyze(t, quotes=False) for t in texts
    ]


def test_batch_leaves_the_garbage_collector_as_it_found_it(analyzer):
    """The batch switches Python's cyclic GC off while it builds the answers, and must
    give it back in the state it was in, after success and after an error alike."""
    texts = ["The talks in Geneva ended without an agreement."] * 50
    assert gc.isenabled()
    analyzer.analyze_batch(texts, threads=2)
    assert gc.isenabled()
    with pytest.raises(ValueError):
        analyzer.analyze_batch(texts + [" "] + texts, threads=2)
    assert gc.isenabled()
    gc.disable()
    try:
        analyzer.analyze_batch(texts, threads=2)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_numbers_keep_their_types(analyzer):
    r = analyzer.analyze('"We condemn this attack," the president said on Monday.')
    assert all(type(t["score"]) is float and type(t["threshold"]) is float for t in r["topics"])
    q = r["quotes"][0]
    assert type(q["start"]) is int and type(q["end"]) is int
    assert all(type(v) is float for v in q["stance_scores"].values())
    assert type(q["speaker_score"]) is float and 0.0 <= q["speaker_score"] <= 1.0
    assert set(r["model"]) == {"version", "trained_at"}
    # JSON round trip changes nothing: what a client of the HTTP service would see
    assert json.loads(json.dumps(r)) == r


def test_load_folder_equals_shipped(analyzer):
    folder = topic_stance.Analyzer.load(REPO / "models")
    assert folder.version == analyzer.version
    assert topic_stance.Analyzer(str(REPO / "models")).trained_at == analyzer.trained_at
    assert folder.labels == analyzer.labels == [t["label"] for t in analyzer.model_info()["labels"]]
    text = "Rebels attacked the army base, the spokesman said."
    assert folder.analyze(text) == analyzer.analyze(text)
    assert analyzer.source == "<shipped>" and "Analyzer(version=" in repr(analyzer)


def test_shared_analyzer_is_one_per_process():
    a = topic_stance.shared_analyzer()
    assert a is topic_stance.shared_analyzer()
    assert a.source == "<shipped>"


# --- errors ---------------------------------------------------------------------------


@pytest.mark.parametrize("blank", ["", "   ", "\n\t \u00a0"])
def test_blank_text_is_a_value_error(analyzer, blank):
    with pytest.raises(ValueError, match="empty text: nothing to analyze"):
        analyzer.analyze(blank)


def test_blank_text_in_a_batch_names_its_index(analyzer):
    with pytest.raises(ValueError, match=r"texts\[1\]: empty text"):
        analyzer.analyze_batch(["Some news.", " "])


def test_bad_batch_arguments(analyzer):
    with pytest.raises(TypeError):
        analyzer.analyze_batch("one text, not a list")
    with pytest.raises(TypeError):
        analyzer.analyze_batch(["text", 3])
    with pytest.raises(ValueError, match="threads"):
        analyzer.analyze_batch(["text"], threads=0)


def test_missing_model_folder_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError) as e:
        topic_stance.Analyzer.load(tmp_path / "nowhere")
    assert e.value.filename == str(tmp_path / "nowhere" / "model.json")
    with pytest.raises(FileNotFoundError) as e:
        topic_stance.Analyzer(tmp_path)
    assert e.value.filename == str(tmp_path / "model.json")


@pytest.mark.parametrize(
    "content, reason",
    [
        ("{not json", "corrupt or truncated"),
        ('{"format": "something else"}', "not a topic-stance model file"),
    ],
)
def test_broken_model_file_is_a_model_error(tmp_path, content, reason):
    (tmp_path / "model.json").write_text(content)
    with pytest.raises(topic_stance.ModelError, match=reason) as e:
        topic_stance.Analyzer.load(tmp_path)
    assert isinstance(e.value, OSError)
    assert e.value.filename == str(tmp_path / "model.json")
    assert str(tmp_path / "model.json") in str(e.value)


def test_truncated_copy_of_the_real_model_is_a_model_error(tmp_path):
    data = (REPO / "models" / "model.json").read_bytes()
    (tmp_path / "model.json").write_bytes(data[: len(data) // 2])
    with pytest.raises(OSError, match="model.json"):
        topic_stance.Analyzer.load(tmp_path)
    shutil.rmtree(tmp_path)
