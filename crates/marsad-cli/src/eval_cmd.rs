//! `marsad eval …`: score marsad against gold data.

use anyhow::{Context, Result};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum EvalCommand {
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
