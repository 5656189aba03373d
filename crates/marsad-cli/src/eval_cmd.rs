//! `marsad eval …`: score marsad against gold data.

use anyhow::{Context, Result};
use clap::Subcommand;
use std::path::PathBuf;

/// Where the dev gold set and the corpus it labels are.
#[derive(clap::Args)]
pub struct GoldArgs {
    /// Resolved gold labels (eval/README.md).
    #[arg(long, default_value = "eval/gold/resolved")]
    labels: PathBuf,
    /// The corpus holding the labelled articles' texts.
    #[arg(long, default_value = "../shared/corpora/ant-v2.1.jsonl.gz")]
    corpus: PathBuf,
    /// Dictionary overrides, as for `analyze --dict`.
    #[arg(long, value_name = "DIR")]
    dict: Option<PathBuf>,
}

/// Print a dev-set score: as JSON, or as the summary lines `text` prints followed by the
/// first `shown` misses and false alarms.
fn report<S: serde::Serialize>(score: &S, json: bool, errors: &[String], shown: usize, text: impl FnOnce()) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(score)?);
    } else {
        text();
        for e in errors.iter().take(shown) {
            println!("  {e}");
        }
    }
    Ok(())
}

fn load_gold(g: &GoldArgs) -> Result<(Vec<marsad_eval::gold::GoldDoc>, marsad_core::Analyzer)> {
    let docs = marsad_eval::gold::load(&g.labels, &g.corpus).map_err(anyhow::Error::msg)?;
    let analyzer = crate::load_analyzer(g.dict.as_deref())?;
    Ok((docs, analyzer))
}

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Actor mentions on the dev gold set: precision and recall of span + code.
    Mentions {
        #[command(flatten)]
        gold: GoldArgs,
        #[arg(long)]
        json: bool,
        /// How many misses and false alarms to list.
        #[arg(long, default_value_t = 0)]
        errors: usize,
    },
    /// Quotations on the dev gold set: direct and indirect P/R, speaker accuracy.
    Quotes {
        #[command(flatten)]
        gold: GoldArgs,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 0)]
        errors: usize,
    },
    /// Events on the dev gold set: P/R of (type, actor country, recipient country) per
    /// article, and of (paragraph, type).
    Events {
        #[command(flatten)]
        gold: GoldArgs,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 0)]
        errors: usize,
    },
    /// Clitic segmentation accuracy on the Farasa WikiNews and UD Arabic-PUD gold sets.
    Segment {
        /// Farasa-style gold (`و+ال+تلفزيون/CONJ+DET+NOUN` tokens).
        #[arg(long, default_value = "../shared/data/segmentation/farasa-wikinews.pos.ref")]
        farasa: PathBuf,
        /// UD CoNLL-U gold.
        #[arg(long, default_value = "../shared/data/segmentation/ud-arabic-pud-dev.conllu")]
        ud: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// How many errors to list per set.
        #[arg(long, default_value_t = 0)]
        errors: usize,
    },
}

pub fn run(cmd: EvalCommand) -> Result<()> {
    match cmd {
        EvalCommand::Mentions { gold, json, errors } => {
            let (docs, analyzer) = load_gold(&gold)?;
            let s = marsad_eval::mentions::score(&docs, &analyzer);
            report(&s, json, &s.errors, errors, || {
                println!("mentions on {} articles", docs.len());
                println!("  span + code       {}", s.coded);
                println!("  span + country    {}", s.country);
                println!("  span only         {}", s.spans);
                println!("  codes per article {}", s.codes_per_article);
            })
        }
        EvalCommand::Quotes { gold, json, errors } => {
            let (docs, analyzer) = load_gold(&gold)?;
            let s = marsad_eval::quotes::score(&docs, &analyzer);
            report(&s, json, &s.errors, errors, || {
                println!("quotes on {} articles (span IoU >= 0.5)", docs.len());
                println!("  direct   {}", s.direct);
                println!("  indirect {}", s.indirect);
                println!("  all      {}", s.all);
                println!("  speaker country {:.3} of {} matched quotes", s.speaker_country, s.speaker_country_n);
                println!("  speaker name    {:.3} of {} matched quotes", s.speaker_name, s.speaker_name_n);
                println!("  speaker text    {:.3} of {} matched quotes", s.speaker_text, s.speaker_text_n);
            })
        }
        EvalCommand::Events { gold, json, errors } => {
            let (docs, analyzer) = load_gold(&gold)?;
            let s = marsad_eval::events::score(&docs, &analyzer);
            // The first `errors` match errors, then the first `errors` attribute errors.
            let shown: Vec<String> =
                s.errors.iter().take(errors).chain(s.attribute_errors.iter().take(errors)).cloned().collect();
            report(&s, json, &shown, shown.len(), || {
                println!("events on {} articles", docs.len());
                println!("  type + actor + recipient country  {}", s.coded);
                println!("  type per paragraph                {}", s.types);
                for (kind, tp, pred, gold) in &s.per_type {
                    println!("    {kind:<10} tp {tp:>3}  predicted {pred:>3}  gold {gold:>3}");
                }
                for (level, a) in [("type + actor + recipient", &s.attributes_coded), ("type per paragraph", &s.attributes_types)] {
                    println!("  attributes of gold events matched at {level}");
                    println!("    negated   {}", a.negated.summary());
                    println!("    modality  {}", a.modality.summary());
                    println!("    claimed   {}", a.claimed.summary());
                }
            })
        }
        EvalCommand::Segment { farasa, ud, json, errors } => {
            let seg = marsad_text::segment::Segmenter::new();
            let farasa_text = std::fs::read_to_string(&farasa)
                .with_context(|| format!("{}: cannot read Farasa gold", farasa.display()))?;
            let ud_text =
                std::fs::read_to_string(&ud).with_context(|| format!("{}: cannot read UD gold", ud.display()))?;
            let f = marsad_eval::segment::eval_farasa(&farasa_text, &seg);
            let u = marsad_eval::segment::eval_ud(&ud_text, &seg);
            if json {
                println!("{}", serde_json::json!({"farasa": f, "ud": u}));
            } else {
                for (name, s) in [("farasa-wikinews (clitic view)", &f), ("ud-arabic-pud (UD view)", &u)] {
                    println!("{name}: {}/{} words = {:.4}", s.correct, s.words, s.accuracy());
                    for (gold, got) in s.errors.iter().take(errors) {
                        println!("  gold {gold}  got {got}");
                    }
                }
            }
            Ok(())
        }
    }
}
