import type en from "../en/models";
import { plural } from "../../plural";

export default {
  title: "Modelos",
  intro:
    "O que cada modelo aceita define o que Criar oferece. Adicione um modelo que um provedor lançou depois desta versão, com os limites dele.",
  builtIn: "Modelos integrados",
  yours: "Seus modelos",
  none: "Nenhum ainda.",
  provider: "Provedor",
  model: "Modelo",
  accepts: "Aceita",
  references: (n: number) =>
    plural("pt-BR", n, { one: "até # imagem de referência", other: "até # imagens de referência" }),
  textOnly: "só texto",
  imageSizes: (tiers: string) => `tamanhos de imagem ${tiers}`,
  fidelity: "fidelidade de entrada",
  defaultModel: "padrão",
  remove: "Remover",
  removeLabel: (id: string) => `Remover ${id}`,
  add: "Adicionar um modelo",
  id: "ID do modelo",
  idPlaceholder: "ex.: gemini-nano-banana-2.1",
  maxReferences: "Máximo de imagens de referência por solicitação",
  edits: "Edita imagens (aceita imagens de referência)",
  tiers: "Níveis de tamanho de imagem",
  inputFidelity: "Aceita fidelidade de entrada",
  sizesNote: "Os tamanhos dele são os mesmos dos outros modelos do provedor.",
  added: (id: string) => `${id} adicionado.`,
  other: "Outro modelo…",
  otherLabel: "ID do modelo",
  tier: "Resolução",
  tierDefault: "Padrão do modelo",
  keepDetails: "Manter rostos e detalhes das referências",
  keepDetailsHint:
    "Pede ao modelo que siga as imagens de referência mais de perto (fidelidade de entrada da OpenAI: alta).",
  tooManyRefs: (model: string, n: number) =>
    plural("pt-BR", n, {
      one: `${model} aceita no máximo # imagem de referência.`,
      other: `${model} aceita no máximo # imagens de referência.`,
    }),
  noRefs: (model: string) => `${model} gera imagens só a partir de texto; não aceita imagens de referência.`,
  unknown: (model: string) =>
    `${model} não está no catálogo de modelos: valem os limites gerais do provedor. Adicione-o em Configurações → Modelos para definir os limites dele.`,
} satisfies typeof en;
