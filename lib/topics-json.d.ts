// The build-time cut of data/topics.json that lib/topic-patterns.ts imports.
declare module '@/data/topics.json?patterns' {
  const patterns: unknown[];
  export default patterns;
}
