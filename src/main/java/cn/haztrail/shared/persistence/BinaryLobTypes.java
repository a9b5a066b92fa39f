package cn.haztrail.shared.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * Axon maps payloads, metadata and tokens as {@code @Lob byte[]}. Stored as large objects they would be OIDs on
 * PostgreSQL (STACK.md trap 5) and unreadable to anyone auditing the table; as BYTEA they are plain bytes on both
 * databases, and one Flyway schema serves H2 and PostgreSQL.
 */
final class BinaryLobTypes {

    static final String COLUMN_TYPE = "bytea";

    private BinaryLobTypes() {
    }

    static boolean isBlob(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB;
    }

    /** Reads and writes BLOB-mapped attributes as plain bytes of the JDBC type the database reports for BYTEA. */
    static void contribute(TypeContributions contributions, JdbcType byteaJdbcType) {
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.BLOB, byteaJdbcType);
    }
}
