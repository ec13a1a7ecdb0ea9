"""Everything that talks to a language model or reads what one wrote: the client (Ollama / OpenAI-compatible,
request cache, structured output), the server pool, prompt files, answer parsing and the salvage of messy
JSON, and the manuscript helpers built on them (scene labeller, scene summaries). Below readers, stages and
generate; imports nothing above the domain."""
