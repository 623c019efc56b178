// Strings of the AI rewriting settings and its "try it" box (issue #6 part 4), spread into messages.ts.

export const enAi = {
  'ai.heading': 'AI rewriting (optional)',
  'ai.intro':
    'Off by default. When on, Tact can rewrite a draft or a suggested reply in the brand’s tone with a model ' +
    'you choose. Every rewrite is checked again by Tact’s tone checker; what it cannot fix is listed.',
  'ai.enabled': 'Turn on AI rewriting',
  'ai.provider': 'Model',
  'ai.provider.builtin': 'The browser’s built-in model (on this computer)',
  'ai.provider.openai': 'An OpenAI-compatible service (your address, your key)',
  'ai.provider.required': 'Choose a model to turn AI rewriting on.',
  'ai.sent.none': 'Nothing is sent anywhere: AI rewriting is off.',
  'ai.sent.builtin':
    'Nothing leaves this computer: the draft and the tone instructions go to the model built into the browser.',
  'ai.sent.openai':
    'Sent to {origin}, only when you ask for a rewrite: the text of the draft or suggestion, and the brand’s ' +
    'tone instructions (form of address, formality, emoji, banned and preferred words, signature, maximum ' +
    'length, example replies). Never the page, the post, its author or other comments. The API key stays in ' +
    'this browser and is sent only to this address.',
  'ai.sent.openaiUnset': 'the address you enter',
  'ai.builtin.state': '{language}: {state}',
  'ai.builtin.unavailable': 'not available in this browser',
  'ai.builtin.downloadable': 'available after a one-time download',
  'ai.builtin.downloading': 'downloading…',
  'ai.builtin.downloadingProgress': 'downloading… {percent} %',
  'ai.builtin.available': 'ready',
  'ai.builtin.checking': 'checking…',
  'ai.builtin.download': 'Download the model ({language})',
  'ai.builtin.downloaded': 'The model is ready.',
  'ai.builtin.where':
    'The built-in model runs on this computer, in Tact’s background where the browser allows it, otherwise in ' +
    'Tact’s pages (options, side panel).',
  'ai.openai.baseUrl': 'Service address',
  'ai.openai.baseUrlHint':
    'Up to /v1, e.g. http://127.0.0.1:8080/v1 (a server on this computer) or https://api.example.com/v1. http ' +
    'is allowed only for localhost and 127.0.0.1.',
  'ai.openai.model': 'Model name',
  'ai.openai.apiKey': 'API key (optional)',
  'ai.openai.apiKeySaved': 'A key is saved. Leave empty to keep it.',
  'ai.openai.removeKey': 'Remove the saved key',
  'ai.openai.apiKeyDropped': 'No key saved: the previous one was removed when the address changed to {origin}.',
  'ai.openai.timeout': 'Time limit (seconds)',
  'ai.save': 'Save',
  'ai.saved': 'AI settings saved.',
  'ai.savedKeyDropped':
    'AI settings saved. The saved API key was removed, as the service address changed to {origin}: enter that ' +
    'service’s key if it needs one.',
  'ai.saveFailed': 'The AI settings were not saved: {reason}',
  'ai.permissionRefused':
    'Access to {origin} was refused, so nothing was saved. Tact needs it to reach the service; save again and accept.',
  'ai.permissionFailed': 'Tact could not ask for access to {origin}: {reason}',
  'ai.test': 'Test the service',
  'ai.testing': 'Testing…',
  'ai.testOk': 'The service answered in {ms} ms: “{reply}”.',
  'ai.testFailed': 'The test failed: {reason}',
  'ai.try.heading': 'Try it',
  'ai.try.draft': 'Draft to rewrite',
  'ai.try.platform': 'Platform',
  'ai.try.lang': 'Reply language',
  'ai.try.instruction': 'Extra wish (optional)',
  'ai.try.run': 'Rewrite',
  'ai.try.running': 'Rewriting…',
  'ai.try.result': 'Rewritten by {provider}, checked against {profile}',
  'ai.try.noProfile': 'no tone profile yet (only the language is checked)',
  'ai.try.ok': 'Nothing goes against the tone.',
  'ai.try.problems': 'Still against the tone:',
  'ai.try.fixed': 'Fixed automatically: {kinds}',
  'ai.try.failed': 'The rewrite failed: {reason}',
  'ai.try.needSave': 'Save the settings with AI rewriting on to try it.',
  'error.aiEndpoint':
    'The address must start with https://, or http://localhost or http://127.0.0.1, with no user name, query ' +
    'or fragment.',
} satisfies Record<string, string>;

export const frAi: { [K in keyof typeof enAi]: string } = {
  'ai.heading': 'Réécriture par IA (facultative)',
  'ai.intro':
    'Désactivée par défaut. Une fois activée, Tact peut réécrire un brouillon ou une réponse suggérée dans le ' +
    'ton de la marque avec le modèle de votre choix. Chaque réécriture est revérifiée par le contrôle de ton ' +
    'de Tact ; ce qu’il ne peut pas corriger est listé.',
  'ai.enabled': 'Activer la réécriture par IA',
  'ai.provider': 'Modèle',
  'ai.provider.builtin': 'Le modèle intégré au navigateur (sur cet ordinateur)',
  'ai.provider.openai': 'Un service compatible OpenAI (votre adresse, votre clé)',
  'ai.provider.required': 'Choisissez un modèle pour activer la réécriture par IA.',
  'ai.sent.none': 'Rien n’est envoyé nulle part : la réécriture par IA est désactivée.',
  'ai.sent.builtin':
    'Rien ne quitte cet ordinateur : le brouillon et les consignes de ton vont au modèle intégré au navigateur.',
  'ai.sent.openai':
    'Envoyé à {origin}, seulement quand vous demandez une réécriture : le texte du brouillon ou de la ' +
    'suggestion, et les consignes de ton de la marque (tutoiement ou vouvoiement, formalité, emoji, mots ' +
    'bannis et préférés, signature, longueur maximale, exemples de réponses). Jamais la page, la publication, ' +
    'son auteur ni les autres commentaires. La clé d’API reste dans ce navigateur et n’est envoyée qu’à cette ' +
    'adresse.',
  'ai.sent.openaiUnset': 'l’adresse que vous indiquerez',
  'ai.builtin.state': '{language} : {state}',
  'ai.builtin.unavailable': 'indisponible dans ce navigateur',
  'ai.builtin.downloadable': 'disponible après un téléchargement unique',
  'ai.builtin.downloading': 'téléchargement…',
  'ai.builtin.downloadingProgress': 'téléchargement… {percent} %',
  'ai.builtin.available': 'prêt',
  'ai.builtin.checking': 'vérification…',
  'ai.builtin.download': 'Télécharger le modèle ({language})',
  'ai.builtin.downloaded': 'Le modèle est prêt.',
  'ai.builtin.where':
    'Le modèle intégré fonctionne sur cet ordinateur, dans l’arrière-plan de Tact quand le navigateur le ' +
    'permet, sinon dans les pages de Tact (réglages, panneau latéral).',
  'ai.openai.baseUrl': 'Adresse du service',
  'ai.openai.baseUrlHint':
    'Jusqu’à /v1, par ex. http://127.0.0.1:8080/v1 (un serveur sur cet ordinateur) ou ' +
    'https://api.example.com/v1. http n’est accepté que pour localhost et 127.0.0.1.',
  'ai.openai.model': 'Nom du modèle',
  'ai.openai.apiKey': 'Clé d’API (facultative)',
  'ai.openai.apiKeySaved': 'Une clé est enregistrée. Laissez vide pour la garder.',
  'ai.openai.removeKey': 'Supprimer la clé enregistrée',
  'ai.openai.apiKeyDropped':
    'Aucune clé enregistrée : la précédente a été supprimée quand l’adresse est passée à {origin}.',
  'ai.openai.timeout': 'Délai maximal (secondes)',
  'ai.save': 'Enregistrer',
  'ai.saved': 'Réglages de l’IA enregistrés.',
  'ai.savedKeyDropped':
    'Réglages de l’IA enregistrés. La clé d’API enregistrée a été supprimée, car l’adresse du service est ' +
    'passée à {origin} : saisissez la clé de ce service s’il en demande une.',
  'ai.saveFailed': 'Les réglages de l’IA n’ont pas été enregistrés : {reason}',
  'ai.permissionRefused':
    'L’accès à {origin} a été refusé : rien n’a été enregistré. Tact en a besoin pour joindre le service ; ' +
    'enregistrez à nouveau et acceptez.',
  'ai.permissionFailed': 'Tact n’a pas pu demander l’accès à {origin} : {reason}',
  'ai.test': 'Tester le service',
  'ai.testing': 'Test en cours…',
  'ai.testOk': 'Le service a répondu en {ms} ms : « {reply} ».',
  'ai.testFailed': 'Le test a échoué : {reason}',
  'ai.try.heading': 'Essayer',
  'ai.try.draft': 'Brouillon à réécrire',
  'ai.try.platform': 'Plateforme',
  'ai.try.lang': 'Langue de la réponse',
  'ai.try.instruction': 'Souhait supplémentaire (facultatif)',
  'ai.try.run': 'Réécrire',
  'ai.try.running': 'Réécriture…',
  'ai.try.result': 'Réécrit par {provider}, vérifié selon {profile}',
  'ai.try.noProfile': 'aucun profil de ton pour l’instant (seule la langue est vérifiée)',
  'ai.try.ok': 'Rien ne va contre le ton.',
  'ai.try.problems': 'Encore contraire au ton :',
  'ai.try.fixed': 'Corrigé automatiquement : {kinds}',
  'ai.try.failed': 'La réécriture a échoué : {reason}',
  'ai.try.needSave': 'Enregistrez les réglages avec la réécriture par IA activée pour l’essayer.',
  'error.aiEndpoint':
    'L’adresse doit commencer par https://, ou par http://localhost ou http://127.0.0.1, sans nom ' +
    'd’utilisateur, paramètres ni fragment.',
};
