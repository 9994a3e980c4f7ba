// The focus area a block title or section row names ("Aktiviteter under indsatsområde 1").
/** "Aktiviteter under indsatsområde 1 – økonomisk ramme" → "Indsatsområde 1". */
export function areaFromTitle(text: string): string {
  const m = /(indsats|fokus)omr(?:å|aa)de\s*(\d+)/i.exec(text);
  if (m) return `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()}område ${m[2]}`;
  return text;
}

export function namesArea(text: string): boolean {
  return /(indsats|fokus)omr(?:å|aa)de|focus area/i.test(text);
}
