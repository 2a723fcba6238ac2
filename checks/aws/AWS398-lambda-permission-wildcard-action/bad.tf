resource "aws_lambda_permission" "events" {
  statement_id  = "events"
  action        = "lambda:*" # expect: AWS398
  function_name = "worker"
  principal     = "events.amazonaws.com"
  source_arn    = "arn:aws:events:eu-west-1:111122223333:rule/nightly"
}
