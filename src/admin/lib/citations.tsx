// 法律依据 as officers read them: 《医疗机构管理条例》第二十四条第一款, resolved against the legal library
// (the version in force today, else the latest), with the article text on hover and 待核对 where the
// text has not been checked against the official one.
import { useMemo } from 'react';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { citationDisplay, isInForce, versionInForce } from '../../modules/catalog/rules/versions.ts';
import { useLegalDocuments } from '../api/queries.ts';
import type { ArticleRef, LegalDocument } from '../api/types.ts';
import { today } from './format.ts';

export type LawStatus = '现行有效' | '已修订' | '已废止' | '尚未施行';

/** One law of the library: its versions and the one in force (the legal library's rows). */
export interface LawRow {
  code: string;
  current: LegalDocument;
  versions: LegalDocument[];
  status: LawStatus;
}
export const lawStatusColors: Record<LawStatus, string> = {
  现行有效: 'success',
  已修订: 'default',
  已废止: 'error',
  尚未施行: 'processing',
};

/** The version a reader means today: the one in force, else the latest recorded. */
export function currentVersion(versions: LegalDocument[]): LegalDocument | undefined {
  return versionInForce(versions, today()) ?? versions.at(-1);
}

/** 立改废 status of one version among all versions of its document. */
export function lawStatus(v: LegalDocument, versions: LegalDocument[]): LawStatus {
  const date = today();
  if (v.effectiveOn > date) return '尚未施行';
  if (isInForce(v, date) && versionInForce(versions, date) === v) return '现行有效';
  return versions.some((o) => o !== v && o.effectiveOn > v.effectiveOn && o.effectiveOn <= date)
    ? '已修订'
    : '已废止';
}

/** The library by document code, versions oldest first (the server's order). */
export function groupByCode(docs: LegalDocument[]): Map<string, LegalDocument[]> {
  const map = new Map<string, LegalDocument[]>();
  for (const d of docs) map.set(d.code, [...(map.get(d.code) ?? []), d]);
  return map;
}

export interface ResolvedRef {
  display: string;
  text: string | null;
  needsReview: boolean;
  /** The cited document or article is not in the library (shown, flagged). */
  missing: boolean;
}

export function useCitations() {
  const docs = useLegalDocuments();
  return useMemo(() => {
    const byCode = groupByCode(docs.data ?? []);
    const resolve = (ref: ArticleRef): ResolvedRef => {
      const v = currentVersion(byCode.get(ref.law) ?? []);
      const article = v?.articles.find((a) => a.ordinal === ref.article);
      return {
        display: citationDisplay(v?.title ?? ref.law, ref),
        text: article?.text ?? null,
        needsReview: article?.needsReview ?? false,
        missing: !article,
      };
    };
    const lawOptions = [...byCode.values()].flatMap((vs) => {
      const v = currentVersion(vs);
      return v ? [{ value: v.code, label: v.title }] : [];
    });
    return { resolve, lawOptions, isPending: docs.isPending };
  }, [docs.data, docs.isPending]);
}

export function ArticleTip({ text }: { text: string | null }) {
  return (
    <div style={{ maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
      {text ?? '法律依据库中没有此条文'}
    </div>
  );
}

/** A list of citations, one per line; hover shows the article text. */
export function CitationList({ refs }: { refs: ArticleRef[] | null | undefined }) {
  const { resolve, isPending } = useCitations();
  if (!refs?.length) return <Typography.Text type="secondary">（无）</Typography.Text>;
  return (
    <Space direction="vertical" size={2}>
      {refs.map((ref, i) => {
        const c = resolve(ref);
        return (
          <span key={`${ref.law}-${ref.article}-${i}`}>
            <Tooltip title={<ArticleTip text={c.text} />} styles={{ root: { maxWidth: 520 } }}>
              <span className="sx-cite">{c.display}</span>
            </Tooltip>
            {c.needsReview ? (
              <Tag color="warning" bordered={false} style={{ marginInlineStart: 6 }}>
                待核对
              </Tag>
            ) : null}
            {c.missing && !isPending ? (
              <Tag color="error" bordered={false} style={{ marginInlineStart: 6 }}>
                依据库无此条
              </Tag>
            ) : null}
          </span>
        );
      })}
    </Space>
  );
}
