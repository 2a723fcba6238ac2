resource "aws_dynamodb_table_replica" "eu" { # expect: AWS208
  global_table_arn = "arn:aws:dynamodb:us-east-1:123456789012:table/orders"
}
