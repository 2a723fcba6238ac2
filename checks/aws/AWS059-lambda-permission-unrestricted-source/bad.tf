resource "aws_lambda_permission" "from_s3" { # expect: AWS059
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnailer"
  principal     = "s3.amazonaws.com"
}
