package cn.haztrail.shared.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/** H2 with Axon's {@code @Lob} columns as BYTEA, so H2 runs the same Flyway migrations as PostgreSQL. */
public class H2BinaryLobDialect extends H2Dialect {

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
        BinaryLobTypes.contribute(typeContributions, VarbinaryJdbcType.INSTANCE);
    }
}
