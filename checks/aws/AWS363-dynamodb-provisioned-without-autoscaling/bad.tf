resource "aws_dynamodb_table" "orders" { # expect: AWS363
  name           = "orders"
  hash_key       = "id"
  read_capacity  = 5
  write_capacity = 5

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "events" {
  name           = "events"
  billing_mode   = "PROVISIONED" # expect: AWS363
  hash_key       = "id"
  read_capacity  = 5
  write_capacity = 5

  attribute {
    name = "id"
    type = "S"
  }
}

# Scales another table, not these.
resource "aws_appautoscaling_target" "other" {
  service_namespace  = "dynamodb"
  resource_id        = "table/sessions"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 5
  max_capacity       = 100
}
