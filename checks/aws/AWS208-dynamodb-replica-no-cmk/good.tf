resource "aws_dynamodb_table_replica" "eu" {
  global_table_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/orders"
  kms_key_arn      = "arn:aws:kms:eu-west-1:123456789012:key/0b1c2d3e-0000-4000-8000-123456789012"
}
