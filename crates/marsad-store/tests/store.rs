//! Store tests on hand-made analyses: identity and dedup, refusal of foreign files,
//! Arabic search with spelling variants, every query filter, exports.

use marsad_core::{Analysis, Article, Event, Mention, Party, Quote, Span};
use marsad_store::export::{self, What};
use marsad_store::query::{self, ActorFilter, Common, DyadFilter, EventFilter, Period, QuoteFilter, SearchFilter};
use marsad_store::text::text_hash;
use marsad_store::{AnalyzerInfo, Outcome, Prepared, Store, StoreError, Value};
use marsad_text::segment::Segmenter;

fn article(id: &str, source: &str, date: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        date: Some(date.into()),
        title: None,
        source: Some(source.into()),
        url: Some(format!("https://{source}.example/{id}")),
        text: text.into(),
    }
}

fn party(text: &str, code: &str) -> Party {
    Party {
        start: 0,
        end: text.chars().count(),
        text: text.into(),
        entity: None,
        actor: Some(code.into()),
        country: Some(code[..3].into()),
        role: code.get(3..).map(str::to_string),
    }
}

fn analysis(a: &Article, events: Vec<Event>, quotes: Vec<Quote>, mentions: Vec<Mention>) -> Analysis {
    Analysis {
        format: "marsad/1".into(),
        id: a.id.clone(),
        date: a.date.clone(),
        title: None,
        source: a.source.clone(),
        url: a.url.clone(),
        paragraphs: vec![],
        sentences: vec![],
        mentions,
        quotes,
        events,
        diagnostics: vec![],
    }
}

fn event(kind: &str, cameo: &str, from: &str, to: &str, negated: bool, claimed: Option<usize>) -> Event {
    Event {
        kind: kind.into(),
        cameo: Some(cameo.into()),
        mode: None,
        actors: vec![party("ايران", from)],
        recipients: vec![party("امريكا", to)],
        negated,
        modality: None,
        claimed_by: claimed,
        sentence: [0, 10],
        trigger: Span { start: 0, end: 3, text: "قال".into() },
        confidence: 0.8,
        rule: "test".into(),
    }
}

fn mention(code: &str) -> Mention {
    Mention {
        start: 0,
        end: 4,
        text: "ايران".into(),
        kind: "state".into(),
        entity: None,
        actor: Some(code.into()),
        country: Some(code[..3].into()),
        role: None,
        rule: "test".into(),
        antecedent: None,
    }
}

fn quote(text: &str, speaker: &str, name: &str) -> Quote {
    Quote {
        start: 0,
        end: text.chars().count(),
        text: text.into(),
        direct: true,
        cue: Span { start: 0, end: 3, text: "قال".into() },
        speaker: Some(Party { entity: Some(name.into()), ..party("الوزير", speaker) }),
        confidence: 0.9,
        rule: "test".into(),
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    store: Store,
    analyzer: i64,
    seg: Segmenter,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let store = Store::open(&path).unwrap();
    let info = AnalyzerInfo { marsad_version: "test".into(), dictionaries: "d1".into() };
    let analyzer = store.analyzer_id(&info).unwrap();
    Fixture { _dir: dir, path, store, analyzer, seg: Segmenter::new() }
}

impl Fixture {
    fn put(&mut self, a: Article, an: Option<Analysis>) -> Outcome {
        let h = text_hash(&a.text);
        let an = an.or_else(|| Some(analysis(&a, vec![], vec![], vec![])));
        let p = Prepared::new(&self.seg, a, "test".into(), h, an);
        self.store.write_batch(&[p], self.analyzer).unwrap().remove(0)
    }
}

#[test]
fn identity_dedup_and_idempotence() {
    let mut f = fixture();
    let a = article("1", "bbc", "2019-01-02", "قالت الحكومة إن الاجتماع سيعقد غدا.");
    assert_eq!(f.put(a.clone(), None), Outcome::Inserted);
    assert_eq!(f.put(a.clone(), None), Outcome::AlreadyStored);
    // The same text from another outlet, with harakat and other spacing: one article, two sources.
    let b = article("x9", "cnn", "2019-01-02", "قالَت الحكومةُ  إن الاجتماع سيعقد غدا.");
    assert_eq!(f.put(b, None), Outcome::DuplicateText);
    // The same (source, id) with another text is refused.
    let c = article("1", "bbc", "2019-01-02", "نص آخر تماما");
    assert_eq!(f.put(c, None), Outcome::Conflict);
    let n = f.store.counts().unwrap();
    assert_eq!((n.articles, n.sources), (1, 2));
}

#[test]
fn foreign_and_newer_databases_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // Not SQLite at all.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"hello, not a database at all, just some bytes.................................................................................").unwrap();
    let before = std::fs::read(&junk).unwrap();
    assert!(matches!(Store::open(&junk), Err(StoreError::NotMarsad(_))));
    assert_eq!(std::fs::read(&junk).unwrap(), before);
    // Someone else's SQLite database.
    let other = dir.path().join("other.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);").unwrap();
    }
    let before = std::fs::read(&other).unwrap();
    let e = Store::open(&other).err().expect("refused");
    assert!(e.to_string().contains("not a marsad database"), "{e}");
    assert_eq!(std::fs::read(&other).unwrap(), before);
    // A marsad database from a newer schema.
    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer).unwrap());
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;").unwrap();
    }
    let before = std::fs::read(&newer).unwrap();
    let e = Store::open(&newer).err().expect("refused");
    assert!(matches!(e, StoreError::TooNew { found: 99, .. }), "{e}");
    assert!(e.to_string().contains("newer marsad"));
    assert_eq!(std::fs::read(&newer).unwrap(), before);
    assert!(matches!(Store::open_read(&dir.path().join("absent.db")), Err(StoreError::Missing(_))));
}

#[test]
fn search_matches_arabic_spelling_variants_and_clitics() {
    let mut f = fixture();
    f.put(article("gov", "s1", "2019-01-01", "أعلنت وللحكومة السورية موقف من الأزمة."), None);
    f.put(article("diac", "s1", "2019-02-01", "قالَ الرَّئِيسُ إنَّ المُفاوَضاتِ مُستمرة."), None);
    f.put(article("hamza", "s2", "2019-03-01", "وصل الامين العام الى المدينة."), None);
    f.put(article("ya", "s2", "2019-04-01", "التقى المبعوث بمسؤولين في صنعاء."), None);
    f.put(article("ta", "s2", "2019-05-01", "عقدت الجامعه العربيه اجتماعا طارئا."), None);
    let hits = |q: &str| -> Vec<String> {
        let mut v: Vec<String> =
            query::search(&f.store, &f.seg, q, &SearchFilter::default(), ("[", "]")).unwrap().into_iter().map(|h| h.article).collect();
        v.sort();
        v
    };
    assert_eq!(hits("الحكومة"), ["gov"], "clitics: وللحكومة");
    assert_eq!(hits("حكومه"), ["gov"], "ة/ه and bare stem");
    assert_eq!(hits("الرئيس المفاوضات"), ["diac"], "diacritics in the text");
    assert_eq!(hits("المُفَاوَضَاتُ"), ["diac"], "diacritics in the query");
    assert_eq!(hits("الأمين"), ["hamza"], "hamza forms");
    assert_eq!(hits("إلى"), ["hamza"], "ى/ي and hamza");
    assert_eq!(hits("التقي"), ["ya"], "ى/ي");
    assert_eq!(hits("الجامعة العربية"), ["ta"], "ة/ه");
    assert_eq!(hits("\"الجامعة العربية\""), ["ta"], "phrase");
    assert_eq!(hits("الحكومة OR الجامعة"), ["gov", "ta"], "OR");
    assert!(hits("غير موجود").is_empty());
    assert!(hits("...").is_empty());
    // Snippets show the original text, match marked.
    let h = query::search(&f.store, &f.seg, "الرئيس", &SearchFilter::default(), ("[", "]")).unwrap();
    assert!(h[0].snippet.contains("[الرَّئِيسُ]"), "{}", h[0].snippet);
    // Filters: date range and source.
    let fl = SearchFilter { common: Common { from: Some("2019-02".into()), to: Some("2019-04".into()), ..Default::default() }, ..Default::default() };
    let mut got: Vec<_> = query::search(&f.store, &f.seg, "في OR الى OR قال", &fl, ("", "")).unwrap().into_iter().map(|h| h.article).collect();
    got.sort();
    assert_eq!(got, ["diac", "hamza", "ya"]);
    let fl = SearchFilter { common: Common { source: Some("s1".into()), ..Default::default() }, ..Default::default() };
    assert_eq!(query::search(&f.store, &f.seg, "الرئيس OR الأمين", &fl, ("", "")).unwrap().len(), 1);
}

fn events_fixture() -> Fixture {
    let mut f = fixture();
    let a1 = article("e1", "s1", "2019-01-05", "نص أول عن إيران وأمريكا");
    let an1 = analysis(
        &a1,
        vec![event("THREATEN", "138", "IRNGOV", "USAGOV", false, Some(0)), event("CONSULT", "040", "IRNGOV", "USAGOV", true, None)],
        vec![quote("سنرد على أي هجوم", "IRNGOV", "Mohammad Javad Zarif")],
        vec![mention("IRNGOV"), mention("IRNGOV"), mention("USAGOV")],
    );
    f.put(a1, Some(an1));
    let a2 = article("e2", "s2", "2019-02-10", "نص ثان عن أمريكا وإيران");
    let an2 = analysis(
        &a2,
        vec![event("ASSAULT", "190", "USAMIL", "IRNMIL", false, None), event("COOPERATE", "057", "IRNGOV", "USAGOV", false, None)],
        vec![quote("لن نتراجع", "USAGOV", "Mike Pompeo")],
        vec![mention("USAGOV")],
    );
    f.put(a2, Some(an2));
    f
}

fn col(t: &marsad_store::Table, c: &str) -> Vec<String> {
    (0..t.rows.len()).map(|i| t.get(i, c).map(|v| v.to_string()).unwrap_or_default()).collect()
}

#[test]
fn event_filters() {
    let f = events_fixture();
    let ev = |fl: EventFilter| col(&query::events(&f.store, &fl).unwrap(), "type");
    assert_eq!(ev(EventFilter::default()).len(), 4);
    assert_eq!(ev(EventFilter { actor: Some("IRN".into()), ..Default::default() }), ["THREATEN", "CONSULT", "COOPERATE"]);
    assert_eq!(ev(EventFilter { actor: Some("usamil".into()), ..Default::default() }), ["ASSAULT"]);
    assert_eq!(ev(EventFilter { recipient: Some("IRN".into()), ..Default::default() }), ["ASSAULT"]);
    assert_eq!(ev(EventFilter { event_type: Some("consult".into()), ..Default::default() }), ["CONSULT"]);
    assert_eq!(ev(EventFilter { quad: Some(4), ..Default::default() }), ["ASSAULT"]);
    assert_eq!(ev(EventFilter { negated: Some(true), ..Default::default() }), ["CONSULT"]);
    assert_eq!(ev(EventFilter { claimed: Some(true), ..Default::default() }), ["THREATEN"]);
    let common = |from: &str, to: &str| Common { from: Some(from.into()), to: Some(to.into()), ..Default::default() };
    assert_eq!(ev(EventFilter { common: common("2019-02-01", "2019-02-28"), ..Default::default() }), ["ASSAULT", "COOPERATE"]);
    assert_eq!(ev(EventFilter { common: Common { source: Some("s1".into()), ..Default::default() }, ..Default::default() }), ["THREATEN", "CONSULT"]);
    let t = query::events(&f.store, &EventFilter { event_type: Some("ASSAULT".into()), ..Default::default() }).unwrap();
    assert_eq!(t.get(0, "goldstein"), Some(&Value::Real(-10.0)), "Goldstein from cameo.tsv");
    assert_eq!(t.get(0, "quad"), Some(&Value::Int(4)));
}

#[test]
fn quote_actor_and_dyad_queries() {
    let f = events_fixture();
    let q = |fl: QuoteFilter| col(&query::quotes(&f.store, &f.seg, &fl).unwrap(), "article");
    assert_eq!(q(QuoteFilter { speaker: Some("IRN".into()), ..Default::default() }), ["e1"]);
    assert_eq!(q(QuoteFilter { name: Some("pompeo".into()), ..Default::default() }), ["e2"]);
    assert_eq!(q(QuoteFilter { name: Some("الوزير".into()), ..Default::default() }).len(), 2);
    assert_eq!(q(QuoteFilter { text: Some("هجوم".into()), ..Default::default() }), ["e1"]);
    assert_eq!(q(QuoteFilter { text: Some("نتراجع".into()), speaker: Some("IRN".into()), ..Default::default() }), Vec::<String>::new());
    let hits = query::search(&f.store, &f.seg, "الهجوم", &SearchFilter { quotes: true, ..Default::default() }, ("[", "]")).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.contains("[هجوم]"));

    let t = query::actors(&f.store, &ActorFilter::default()).unwrap();
    assert_eq!(col(&t, "actor"), ["IRNGOV", "USAGOV"]);
    assert_eq!(col(&t, "mentions"), ["2", "2"]);
    let t = query::actors(&f.store, &ActorFilter { per: Some(Period::Month), ..Default::default() }).unwrap();
    assert_eq!(col(&t, "period"), ["2019-01", "2019-01", "2019-02"]);
    let t = query::actors(&f.store, &ActorFilter { prefix: Some("USA".into()), ..Default::default() }).unwrap();
    assert_eq!(col(&t, "actor"), ["USAGOV"]);
    assert!(query::actors(&f.store, &ActorFilter { common: Common { source: Some("s2".into()), ..Default::default() }, ..Default::default() })
        .unwrap()
        .rows
        .len()
        == 1);

    let d = |both: bool, neg: bool, per: Period| {
        query::dyads(&f.store, &DyadFilter { common: Common::default(), a: "IRN".into(), b: "USA".into(), per, both, include_negated: neg }).unwrap()
    };
    let t = d(false, false, Period::Month);
    assert_eq!(col(&t, "period"), ["2019-01", "2019-02"]);
    assert_eq!(col(&t, "events"), ["1", "1"]);
    assert_eq!(col(&t, "plover"), ["THREATEN:1", "COOPERATE:1"]);
    let t = d(false, true, Period::Month);
    assert_eq!(col(&t, "events"), ["2", "1"]);
    let t = d(true, false, Period::Year);
    assert_eq!(col(&t, "events"), ["3"]);
    assert_eq!(col(&t, "material_conflict"), ["1"]);
    let t = d(false, false, Period::Day);
    assert_eq!(col(&t, "period"), ["2019-01-05", "2019-02-10"]);
    assert_eq!(d(false, false, Period::Week).rows.len(), 2);
}

#[test]
fn reanalysis_replaces_layers_and_records_the_analyzer() {
    let mut f = events_fixture();
    let info = AnalyzerInfo { marsad_version: "test".into(), dictionaries: "d2".into() };
    let a2 = f.store.analyzer_id(&info).unwrap();
    let stale = f.store.stale_articles(a2, false, 0, 10).unwrap();
    assert_eq!(stale.len(), 2);
    let batch: Vec<_> = stale
        .iter()
        .map(|(id, a)| (*id, analysis(a, vec![], vec![quote("نص جديد", "EGYGOV", "x")], vec![mention("EGYGOV")]), vec![("نص جديد".to_string(), "نص جديد".to_string())]))
        .collect();
    f.store.replace_layers(&batch, a2).unwrap();
    assert!(f.store.stale_articles(a2, false, 0, 10).unwrap().is_empty());
    let n = f.store.counts().unwrap();
    assert_eq!((n.events, n.quotes, n.mentions), (0, 2, 2));
    let c = f.store.conn();
    let orphans: i64 = c
        .query_row("SELECT count(*) FROM event_parties WHERE event NOT IN (SELECT id FROM events)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0);
    let d: String = c.query_row("SELECT DISTINCT an.dictionaries FROM mentions m JOIN analyzers an ON an.id = m.analyzer", [], |r| r.get(0)).unwrap();
    assert_eq!(d, "d2");
    assert!(query::search(&f.store, &f.seg, "هجوم", &SearchFilter { quotes: true, ..Default::default() }, ("", "")).unwrap().is_empty());
}

#[test]
fn csv_and_jsonl_exports_match_the_database() {
    let f = events_fixture();
    for (what, table) in [(What::Events, "events"), (What::Quotes, "quotes"), (What::Mentions, "mentions"), (What::Articles, "articles")] {
        let mut buf = Vec::new();
        let n = export::write(&f.store, what, export::Format::Csv, &mut buf).unwrap();
        let db: i64 = f.store.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap();
        assert_eq!(n as i64, db);
        let mut r = csv::Reader::from_reader(&buf[..]);
        let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
        let expected: Vec<&str> = export::columns(what).iter().map(|c| c.0).collect();
        assert_eq!(header, expected);
        let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().unwrap();
        assert_eq!(rows.len() as i64, db);
        assert!(rows.iter().all(|row| row.len() == expected.len()));

        let mut buf = Vec::new();
        export::write(&f.store, what, export::Format::Jsonl, &mut buf).unwrap();
        let lines: Vec<serde_json::Value> = buf.split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(|l| serde_json::from_slice(l).unwrap()).collect();
        assert_eq!(lines.len() as i64, db);
    }
    let mut buf = Vec::new();
    export::write(&f.store, What::Events, export::Format::Csv, &mut buf).unwrap();
    let mut r = csv::Reader::from_reader(&buf[..]);
    let h = r.headers().unwrap().clone();
    let first = r.records().next().unwrap().unwrap();
    let get = |c: &str| first.get(h.iter().position(|x| x == c).unwrap()).unwrap().to_string();
    assert_eq!(get("actor_code"), "IRNGOV");
    assert_eq!(get("recipient_code"), "USAGOV");
    assert_eq!(get("claimed_by_speaker"), "IRNGOV");
    assert_eq!(get("url"), "https://s1.example/e1");
}

/// Parquet opens in pyarrow with the same columns and rows (skips without the feature or
/// without pyarrow).
#[test]
fn parquet_export_opens_in_pyarrow() {
    let f = events_fixture();
    let out = f.path.with_extension("parquet");
    let mut file = std::fs::File::create(&out).unwrap();
    match export::write(&f.store, What::Events, export::Format::Parquet, &mut file) {
        Err(e) if !cfg!(feature = "parquet") => {
            assert!(e.to_string().contains("--features parquet"));
            eprintln!("skipped: built without the parquet feature");
            return;
        }
        r => assert_eq!(r.unwrap(), 4),
    }
    drop(file);
    let script = format!(
        "import pyarrow.parquet as pq; t = pq.read_table({:?}); print(t.num_rows); print(','.join(t.column_names))",
        out.display().to_string()
    );
    let Ok(o) = std::process::Command::new("python3").args(["-c", &script]).output() else {
        eprintln!("skipped: no python3");
        return;
    };
    if !o.status.success() && String::from_utf8_lossy(&o.stderr).contains("No module named") {
        eprintln!("skipped: pyarrow not installed");
        return;
    }
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s = String::from_utf8_lossy(&o.stdout);
    let mut lines = s.lines();
    assert_eq!(lines.next(), Some("4"));
    let cols: Vec<&str> = export::columns(What::Events).iter().map(|c| c.0).collect();
    assert_eq!(lines.next(), Some(cols.join(",").as_str()));
}
