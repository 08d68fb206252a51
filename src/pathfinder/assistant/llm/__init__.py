"""LLM plumbing: the chat-model factory and error translation (`models`), strict prompt rendering
(`prompts`)."""
