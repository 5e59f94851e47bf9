//! The pipeline: fetch → extract → classify, one outcome per input, in input order.
//!
//! The only place that knows every stage. One bad input never stops the others: its failure
//! becomes an [`InputError`] naming the input and the cause, and the run goes on.

use claimsift_classify::Classifier;
use std::collections::BTreeMap;

use claimsift_core::{Article, ClassifiedDocument, Fetched, InputError, Validators};
use claimsift_extract::ExtractOptions;
use claimsift_fetch::{FetchOptions, Fetcher};

use rayon::prelude::*;

use crate::progress::Progress;

/// An input's article and its claims, or why it failed.
pub type Outcome = Result<(Article, ClassifiedDocument), InputError>;

/// The report entries of processed inputs (no state store: no status).
pub fn entries(outcomes: Vec<Outcome>) -> Vec<claimsift_report::Outcome> {
    outcomes
        .into_iter()
        .map(|o| o.map(|(article, doc)| claimsift_report::article_report(article, doc)))
        .collect()
}

/// Fetches every input (directories expand to their articles).
pub fn fetch(inputs: &[String], options: &FetchOptions) -> Vec<Result<Fetched, InputError>> {
    fetch_with(inputs, options, BTreeMap::new())
}

/// Fetches every input, sending conditional GETs for the URLs `validators` names.
pub fn fetch_with(
    inputs: &[String],
    options: &FetchOptions,
    validators: BTreeMap<String, Validators>,
) -> Vec<Result<Fetched, InputError>> {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            return inputs
                .iter()
                .map(|input| {
                    Err(InputError {
                        input: input.clone(),
                        error: format!("cannot start the fetch runtime: {error}"),
                    })
                })
                .collect();
        }
    };
    let fetcher = Fetcher::new(options.clone()).with_validators(validators);
    runtime
        .block_on(fetcher.fetch_all(inputs))
        .into_iter()
        .map(|item| {
            item.map_err(|failure| InputError {
                input: failure.input.clone(),
                error: failure.error.to_string(),
            })
        })
        .collect()
}

/// Extracts the article from a fetched document.
pub fn extract(fetched: &Fetched, options: &ExtractOptions) -> Result<Article, InputError> {
    claimsift_extract::extract(fetched, options).map_err(|error| InputError {
        input: fetched.input.clone(),
        error: error.to_string(),
    })
}

/// Runs extract and classify over fetched documents, keeping their order.
pub fn process(
    fetched: Vec<Result<Fetched, InputError>>,
    extract_options: &ExtractOptions,
    classifier: &Classifier,
    progress: &Progress,
) -> Vec<Outcome> {
    // Articles are independent: extract and classify them on every core, keeping order.
    fetched
        .into_par_iter()
        .map(|item| {
            let outcome = item.and_then(|fetched| {
                let article = extract(&fetched, extract_options)?;
                let doc = classifier.classify(&article);
                Ok((article, doc))
            });
            match &outcome {
                Ok((article, _)) => progress.done(&article.input, "done"),
                Err(error) => progress.done(&error.input, "failed"),
            }
            outcome
        })
        .collect()
}
