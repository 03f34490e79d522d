import fs from 'fs';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { Ollama } from 'ollama';
import { GoogleGenAI } from '@google/genai';
const b64 = fs.readFileSync('tiny.png').toString('base64');
const url = 'data:image/png;base64,' + b64;
const text = 'What is in this image?';
const base = 'http://127.0.0.1:18765';
const tryIt = async (f) => { try { const s = await f(); if (s && s[Symbol.asyncIterator]) for await (const _ of s) {} } catch (e) {} };
const openai = new OpenAI({ baseURL: base + '/openai/v1', apiKey: 'k', maxRetries: 0 });
await tryIt(() => openai.chat.completions.create({ model: 'gpt-4o', stream: true,
  messages: [{ role: 'user', content: [{ type: 'text', text }, { type: 'image_url', image_url: { url } }] }] }));
await tryIt(() => openai.responses.create({ model: 'gpt-4o', stream: true,
  input: [{ role: 'user', content: [{ type: 'input_text', text }, { type: 'input_image', image_url: url }] }] }));
const anthropic = new Anthropic({ baseURL: base + '/anthropic', apiKey: 'k', maxRetries: 0 });
await tryIt(() => anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, stream: true,
  messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: b64 } }, { type: 'text', text }] }] }));
const ollama = new Ollama({ host: base + '/ollama' });
await tryIt(() => ollama.chat({ model: 'llava', stream: true, messages: [{ role: 'user', content: text, images: [b64] }] }));
const genai = new GoogleGenAI({ apiKey: 'k', httpOptions: { baseUrl: base + '/gemini' } });
await tryIt(() => genai.models.generateContentStream({ model: 'gemini-2.5-flash',
  contents: [{ role: 'user', parts: [{ text }, { inlineData: { mimeType: 'image/png', data: b64 } }] }] }));
