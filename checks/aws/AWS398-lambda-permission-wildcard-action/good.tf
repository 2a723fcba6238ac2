variable "action" {
  type = string
}

resource "aws_lambda_permission" "events" {
  statement_id  = "events"
  action        = "lambda:InvokeFunction"
  function_name = "worker"
  principal     = "events.amazonaws.com"
  source_arn    = "arn:aws:events:eu-west-1:111122223333:rule/nightly"
}

resource "aws_lambda_permission" "from_var" {
  statement_id  = "var"
  action        = var.action
  function_name = "worker"
  principal     = "s3.amazonaws.com"
}
