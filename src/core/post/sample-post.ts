/**
 * Pure: the team's sample post. Same front matter shape as a typical Hugo blog post (title, draft, a date with
 * a UTC offset, description, categories, tags, type, a cover image) and a body that uses every construct the
 * preview supports. Loaded on demand ("Open sample post"), so it is not part of the initial bundle.
 */
export const SAMPLE_POST = `---
title: "Field Notes from RustConf 2025: Async, Embedded and a Lot of Coffee"
draft: false
date: 2025-09-04T18:30:00+02:00
description: "What stood out at RustConf 2025: async traits landing for real, embedded Rust in production, and the quiet rise of Rust in data pipelines."
categories: ["Conferences"]
tags: ["Rust", "Async", "Embedded"]
type: "post"
image: "images/banner/rustconf-hall.jpg"
---

Last month I spent three days at [RustConf 2025](https://example.org/rustconf-2025/), my first conference
outside Europe. It was busy -- roughly 1,400 people -- and the hallway track was as good as the talks... Here is
what I'm taking home.

![The main hall before the opening keynote](main-hall.jpg "Main hall")

<!--more-->

## Async, finally "boring"

The most common phrase of the week was *"it just works now"*. Async functions in traits are stable, and the
talks moved on from **how** to **when**.

### What changed since last year

- Async closures are stable.
- The ecosystem settled on one runtime per use case.
  - Servers: one big runtime.
  - Embedded: a tiny executor per chip.
- ~~Pinning is hard~~ Pinning is mostly hidden.

1. Read the release notes.
2. Delete your workarounds.
3. Celebrate.

### A small example

\`\`\`rust
async fn fetch_title(url: &str) -> Result<String, Error> {
    let body = client().get(url).send().await?.text().await?;
    Ok(extract_title(&body))
}
\`\`\`

Configuration stayed in YAML for most teams:

\`\`\`yaml
service:
  name: pipeline
  replicas: 3
\`\`\`

## Embedded in production

> Rust on a microcontroller used to be a science project. Now it is a line item in a budget.
>
> -- a speaker whose slides I could not photograph in time

| Team | Chip | In production since |
| :--- | :---: | ---: |
| Sensors | nRF52 | 2023 |
| Motors | STM32 | 2024 |
| Lighting | RP2040 | 2025 |

Things I want to try:

- [x] Flash a board with \`probe-rs\`
- [ ] Port the weather station firmware
- [ ] Write about it

## Rust in data pipelines

Several talks showed columnar engines written in Rust[^1], and one team replaced a JVM service with a
single binary.[^memory] More at www.example.com or https://example.org/talks.

Term
: A word worth defining, Hugo style.

{{< figure src="pipeline.png" caption="A pipeline diagram from the talk" >}}

Line one of a poem,\\
line two after a hard break.

[^1]: Arrow-based, mostly.
[^memory]: Memory use dropped by about two thirds.
`;
