package cn.haztrail.shared.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/** PostgreSQL with Axon's {@code @Lob} columns as BYTEA (see {@link BinaryLobTypes}). */
public class PostgresBinaryLobDialect extends PostgreSQLDialect {

    @Override
    protected String columnType(int sqlTypeCode) {
        return BinaryLobTypes.isBlob(sqlTypeCode) ? BinaryLobTypes.COLUMN_TYPE : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return BinaryLobTypes.isBlob(sqlTypeCode) ? BinaryLobTypes.COLUMN_TYPE : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        BinaryLobTypes.contribute(typeContributions, BinaryJdbcType.INSTANCE);
    }
}
