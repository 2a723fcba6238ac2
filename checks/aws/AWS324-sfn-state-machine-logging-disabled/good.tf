resource "aws_sfn_state_machine" "orders" {
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    level                  = "ERROR"
    include_execution_data = false
    log_destination        = "arn:aws:logs:eu-west-1:123456789012:log-group:sfn:*"
  }
}
