VAR mood = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_address = false
VAR said_model = false
VAR said_fault = false
VAR said_window = false
VAR said_blame_form = false
VAR said_pushes_back = false

上门维修部打来的内线电话，对方连招呼都没打。 #stage
你们开的工单根本没法用。这周白跑了三趟。我的师傅们带着不对的配件，满城找根本不存在的地址。
-> opening

=== opening ===
* [白跑三趟，一趟都嫌多，周主管。这事我来解决。每一单具体缺了什么？ #customer+2 #listen+1 #mood+1 #note: 认下造成的影响，再问具体情况，是把他当成一个遇到实际问题的客户，而不是一个要应付过去的同事。]
    -> examples
* [听到这个我很抱歉。我们这边最近确实忙不过来，少了两个人，电话一个接一个，但大家都在尽力了。 #calm-2 #customer-1 #mood-1 #note: “我们很忙”是在替自己的团队辩护，他的问题还原封不动地摆在那儿。]
    -> examples
* [工单是系统生成的，这个其实怪不到我们头上。 #calm-2 #customer-2 #mood-2 #note: 把责任推给系统，等于告诉他交接这一环没人负责，而这恰恰是他投诉的问题。]
    -> examples

=== examples ===
{ mood <= 1: -> escalated_end }
一张没写门牌号，师傅在一栋高层里转了四十分钟。一张就写着“洗衣机坏了”。哪台洗衣机？坏在哪儿？还有一张写着客户全天在家，结果她根本不在。
* [也就是说：没有门牌号，没有型号和故障情况，上门时间也不对。这几个里面，哪个让您损失最大？ #listen+2 #customer+1 #trust+1 #note: 把三个问题完整复述一遍，再问哪个最要命，说明你听进去了，也让他来定先解决什么。]
    -> impact
* [说句公道话，客户自己也不一定知道型号，我们问多了有些人还会不耐烦。客户说什么，我们也只能记什么。 #calm-1 #listen-1 #note: 他还没说完你就开始辩解，他只会更大声地再说一遍。]
    -> impact
* [明白：门牌号、型号、上门时间。记下了，我会解决的。 #listen+1 #mood-1 #note: 你复述了，这正是他需要的；但没问哪一项最要紧就说“我会解决的”，听起来就是他预料中的敷衍。]
    -> impact

=== impact ===
{ mood <= 1: -> escalated_end }
型号。没有型号，师傅就会带错配件，只能改天再跑一趟。你知道白跑一趟要搭进去多少成本吗？
* [一个师傅半天的工夫，客户还得再等第二次上门。问题出在我们这一环，就该由我们来解决。 #customer+2 #calm+1 #trust+1 #mood+1 #note: 站在他的角度、也站在终端客户的角度看到代价，这才是把同事当客户。]
    -> checklist_step
* [我知道这很让人窝火。不过您的师傅出发前能不能先给客户打个电话？就一分钟的事，大部分问题在上车之前就能发现。 #calm-1 #customer-2 #note: 把解决问题的活儿推给他的团队，听起来就是“这不关我的事”。]
    -> checklist_step

=== checklist_step ===
{ mood <= 1: -> escalated_end }
那你打算怎么办？
* [#free:checklist] -> ignored

=== ignored ===
{ mood <= 1: -> escalated_end }
{
    - reply_rude:
        少跟我耍嘴皮子。我有十二个师傅在车里干坐着。
    - reply_unclear:
        你这写的是什么？说人话，一句一句说清楚。
    - said_blame_form:
        怪系统，怪活儿多。行吧。那就是什么都不会变。
    - said_pushes_back:
        我的师傅不是你们的文员。他们是修机器的。
    - said_address && said_model && said_fault && said_window:
        地址和进门方式、型号、故障、客户什么时候在家。行，就是这份清单。
    - said_model && said_address:
        型号和地址，好。那到底坏在哪儿？客户什么时候在家？
    - said_model:
        型号，好。那门牌号呢？客户到底什么时候在家？
    - said_address || said_fault || said_window:
        型号呢？那才是让我损失最大的。我刚跟你说过。
    - else:
        这不是清单，这只是表个态。工单上到底写什么？
}
再说就算有清单，过一个星期也就没人照着做了。
* [那就别靠大家的记性。我去申请把这四项设成工单表里的必填项。上线之前，我每周抽查十张工单，把结果发给您。 #follow+2 #checklist+1 #trust+1 #note: 把清单做进表单里，再加上抽查，它才能熬过第一个忙碌的星期。]
    -> his_side
* [我今天就给全组开个会，把您这三个例子一个一个讲清楚，让大家都看到漏写门牌号会让您的团队付出什么代价。我还会在每台电脑旁边贴一份清单。 #follow+1 #mood-1 #note: 用他的例子能让组里的人有切身感受，但开会和贴清单还是靠记性，而他刚说过，记性撑不过一个星期。]
    -> his_side
* [这次您就只能相信我们了。组里每个人现在都知道这事有多重要，我相信从今往后大家都能做好。 #follow-2 #mood-1 #note: 白跑了三趟之后，“相信我们”恰恰是你还没挣到的东西。]
    -> his_side

=== his_side ===
{ mood <= 1: -> escalated_end }
那你需要我们这边做什么？
* [就一件事：如果工单还缺东西，请退回给我，告诉我缺了哪一项。这样我可以去辅导写这张单的同事。 #customer+2 #follow+1 #listen+1 #mood+1 #note: 内部客户关系是双向的：一个简单的反馈渠道，能让你解决根源，而不只是处理表面。]
    -> review
* [说实话，什么都不用。这是我们的问题，不是您的，您的师傅已经够忙了。交给我吧，我保证把它彻底解决好。 #customer+2 #follow-1 #note: 很大度，他也听出你在担责任，但没有他团队的反馈，你就不知道哪些工单还在出问题。]
    -> review

=== review ===
{ mood <= 1: -> escalated_end }
行。什么时候看效果？
* [周一开始，两周后我们一起看数据：因为工单问题白跑了几趟。我现在就约个三十分钟的会。 #follow+2 #trust+2 #mood+1 #note: 有开始日期，有双方都关心的指标，日程里有会议，承诺才变成计划。]
    -> close_step
* [先给它几个星期磨合一下，到时候再看看情况。如果还有问题，您跟我说一声，我们再接着处理。 #follow-2 #note: 没有日期，也没有指标，谁也不知道到底有没有用。]
    -> close_step

=== close_step ===
{ mood <= 1: -> escalated_end }
好。还有别的吗？
* [就是谢谢您直接打给我。总结一下：我今天就申请那四个必填项，上线之前每周抽查十张工单；您的团队发现缺项就反馈给我；两周后我们一起复盘。 #customer+1 #follow+1 #trust+1 #mood+1 #note: 为同事的投诉道谢，再把谁做什么复述清楚，这通电话就以合作伙伴的关系结束了。]
    -> wrap
* [没有了，就这些。谢谢您直接打给我，周主管。 #customer+1 #trust-1 #note: 热情又干脆，但没有总结，谁做什么只存在你的脑子里，而他见过太多承诺不了了之。]
    -> wrap

=== wrap ===
{ trust >= 6 && mood >= 5: -> agreed_end }
-> truce_end

=== agreed_end ===
好。这是头一回有人把这事当回事。两周后见。 #ending: agreed
-> END

=== truce_end ===
走着瞧吧。再出这种事，我就直接找你们经理。 #ending: truce
-> END

=== escalated_end ===
我听够了。这事我去找你们经理。
他挂了电话。 #stage #ending: escalated
-> END
