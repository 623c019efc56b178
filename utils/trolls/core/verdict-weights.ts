// The troll verdict's weights in one table: how much each signal adds to a troll type's evidence
// (each weight 0-1, combined per type by noisy-or), and the factors that damp evidence already
// gathered. Tuned on the evaluation sets (tests/eval); the verdict snapshot pins their effect.
export const W = {
  model: {
    /** flamer: offensiveness × this; plus `flamerCue` with an insult aimed at someone, shouting or mockery */
    flamer: 0.75,
    flamerCue: 0.25,
    /** "t'es un…" with no abusive word is not a flame */
    flamerWithoutAbuse: 0.4,
    flamerShoutingOnly: 0.6,
    /** counter-speech ("arrête de dire que…") damps flamer and hate */
    counterSpeech: 0.35,
    hate: 0.8,
    hateWithoutTarget: 0.5,
    dehumanisingGroup: 0.3,
    spam: 0.5,
    linkOrPhoneWithPromo: 0.4,
    twoDemands: 0.3,
    politics: 0.2,
  },
  context: {
    offTopic: 0.3,
    offTopicDigression: 0.45,
    /** a word shared with the post halves the derailer evidence */
    onTopic: 0.5,
    repeatBySelf: 0.35,
    repeatSpam: 0.35,
    /** astroturfing: min(max, base + step × other authors writing the same) */
    astroturf: { base: 0.45, step: 0.15, max: 0.75 },
    /** harassment: min(max, byMe × my mentions + byOthers × other authors') + abusive */
    harass: { byMe: 0.2, byOthers: 0.1, max: 0.5, abusive: 0.3 },
    threatWithHandle: 0.2,
    history: { sealion: 0.35, spammer: 0.25, derailer: 0.2, flamer: 0.2 },
  },
} as const;
