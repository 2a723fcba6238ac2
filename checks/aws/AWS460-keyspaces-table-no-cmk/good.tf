resource "aws_keyspaces_table" "events" {
  keyspace_name = "app"
  table_name    = "events"
  schema_definition {
    column {
      name = "id"
      type = "text"
    }
    partition_key {
      name = "id"
    }
  }
  encryption_specification {
    type               = "CUSTOMER_MANAGED_KMS_KEY"
    kms_key_identifier = aws_kms_key.keyspaces.arn
  }
}
