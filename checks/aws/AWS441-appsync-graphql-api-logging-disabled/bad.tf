resource "aws_appsync_graphql_api" "orders" { # expect: AWS441
  name                = "orders"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"
}

resource "aws_appsync_graphql_api" "catalog" {
  name                = "catalog"
  authentication_type = "AWS_IAM"
  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync-logs"
    field_log_level          = "NONE" # expect: AWS441
  }
}
