import type { salesDocuments } from '../../../../../shared/contract/sales-documents';
import { isInvoiceKind, type DocumentKind } from '../../../../../shared/domain/sales';
import { AppError } from '../../../../../shared/errors';
import type { Ctx, Handlers } from '../../../context';
import { buildDraft } from './document-draft';
import { documentEInvoice, documentPdf } from './document-files';
import { conversionInput } from './document-convert';
import { listDocuments } from './document-list';
import { deleteDraft, insertDocument, loadHeader, loadSalesDocument, updateDocument } from './document-store';
import { validateDocument } from './document-validate';

async function audited(ctx: Ctx, id: number, before: unknown) {
  const after = await loadSalesDocument(ctx.db, id);
  ctx.audit({ entityType: 'sales_document', entityId: id, before, after });
  return after;
}

function userId(ctx: Ctx) {
  return ctx.session.userId > 0 ? ctx.session.userId : null;
}

const STATUS_RULES: Record<'accepted' | 'refused' | 'cancelled', readonly DocumentKind[]> = {
  accepted: ['quote'],
  refused: ['quote'],
  cancelled: ['quote', 'order', 'delivery'],
};

export const salesDocumentsHandlers = {
  'sales.document.list': (ctx, input) => listDocuments(ctx.db, input),
  'sales.document.get': (ctx, { id }) => loadSalesDocument(ctx.db, id),
  'sales.document.create': async (ctx, input) => {
    const draft = await buildDraft(ctx.db, input);
    const id = await insertDocument(ctx.db, draft, null, ctx.now().toISOString(), userId(ctx));
    return audited(ctx, id, null);
  },
  'sales.document.update': async (ctx, { id, document }) => {
    const before = await loadSalesDocument(ctx.db, id);
    const draft = await buildDraft(ctx.db, document);
    await updateDocument(ctx.db, id, draft, ctx.now().toISOString(), userId(ctx));
    return audited(ctx, id, before);
  },
  'sales.document.delete': async (ctx, { id }) => {
    const before = await loadSalesDocument(ctx.db, id);
    await deleteDraft(ctx.db, id);
    ctx.audit({ entityType: 'sales_document', entityId: id, before, after: null });
    return { id };
  },
  'sales.document.validate': async (ctx, { id }) => {
    const before = await loadSalesDocument(ctx.db, id);
    await validateDocument(ctx, id);
    return audited(ctx, id, before);
  },
  'sales.document.convert': async (ctx, { id, kind, depositBp, date }) => {
    const src = await loadSalesDocument(ctx.db, id);
    const input = await conversionInput(ctx.db, src, kind, {
      depositBp,
      date: date ?? ctx.now().toISOString().slice(0, 10),
    });
    const draft = await buildDraft(ctx.db, input);
    const newId = await insertDocument(ctx.db, draft, id, ctx.now().toISOString(), userId(ctx));
    return audited(ctx, newId, null);
  },
  'sales.document.setStatus': async (ctx, { id, status }) => {
    const h = await loadHeader(ctx.db, id);
    const kind = h.kind as DocumentKind;
    if (isInvoiceKind(kind))
      throw new AppError('VALIDATION', 'errors.salesInvoiceFinal', {
        issues: [{ path: 'status', messageKey: 'errors.salesInvoiceFinal' }],
      });
    const allowedFrom = status === 'cancelled' ? ['validated', 'accepted'] : ['validated'];
    if (!STATUS_RULES[status].includes(kind) || !allowedFrom.includes(h.status))
      throw new AppError('VALIDATION', 'errors.salesStatusChange', {
        issues: [{ path: 'status', messageKey: 'errors.salesStatusChange' }],
      });
    const before = await loadSalesDocument(ctx.db, id);
    await ctx.db
      .updateTable('sales_document')
      .set({ status, updated_at: ctx.now().toISOString(), updated_by: userId(ctx) })
      .where('id', '=', id)
      .execute();
    return audited(ctx, id, before);
  },
  'sales.document.pdf': (ctx, { id, language }) => documentPdf(ctx, id, language),
  'sales.document.export': (ctx, { id, format }) => documentEInvoice(ctx, id, format),
} satisfies Handlers<typeof salesDocuments>;
