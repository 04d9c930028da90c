import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A shop origin (scheme://host[:port]) a partner embeds the widget on. */
@Entity('partner_widget_origin')
export class PartnerWidgetOriginEntity {
  @PrimaryColumn('text', { name: 'partner_id' }) partnerId!: string;
  @PrimaryColumn('text') origin!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
