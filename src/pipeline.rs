//! The pipeline: fetch → extract → classify, one outcome per input, in input order.
//!
//! The only place that knows every stage. One bad input never stops the others: its failure
//! becomes an [`InputError`] naming the input and the cause, and the run goes on.

use claimsift_classify::Classifier;
use claimsift_core::{Article, ClassifiedDocument, Fetched, InputError};
use claimsift_extract::ExtractOptions;
use claimsift_fetch::FetchOptions;

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
    runtime
        .block_on(claimsift_fetch::fetch_all(inputs, options))
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
) -> Vec<Outcome> {
    fetched
        .into_iter()
        .map(|item| {
            let fetched = item?;
            let article = extract(&fetched, extract_options)?;
            let doc = classifier.classify(&article);
            tracing::debug!(input = %article.input, claims = doc.claims.len(), "classified");
            Ok((article, doc))
        })
        .collect()
}
